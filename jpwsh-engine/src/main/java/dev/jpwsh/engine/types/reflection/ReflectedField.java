package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.runtime.object.DotNetName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** System.Reflection.FieldInfo: a public field with {@code GetValue} and {@code SetValue}. Immutable. */
@DotNetName("System.Reflection.RtFieldInfo")
public final class ReflectedField extends ReflectedMember {
    private final Field field;

    ReflectedField(Field field, Class<?> reflectedType) {
        super(field.getName(), field.getDeclaringClass(), reflectedType);
        this.field = field;
    }

    @Override
    public MemberTypes getMemberType() {
        return MemberTypes.Field;
    }

    public Class<?> getFieldType() {
        return MethodInvoker.boxed(field.getType());
    }

    public boolean getIsStatic() {
        return Modifier.isStatic(field.getModifiers());
    }

    public boolean getIsInitOnly() {
        return Modifier.isFinal(field.getModifiers()) && !getIsLiteral();
    }

    /** An enum's members and a type's constants are literals. */
    public boolean getIsLiteral() {
        return field.isEnumConstant();
    }

    public Object GetValue(Object target) {
        try {
            return field.get(getIsStatic() ? null : target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Field access denied.", e);
        }
    }

    public void SetValue(Object target, Object value) {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new IllegalArgumentException("Cannot set a constant field.");
        }
        try {
            field.set(getIsStatic() ? null : target, Conversions.convert(value, getFieldType()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Field access denied.", e);
        }
    }

    /** {@code Int32 Count}, as .NET writes a field. */
    @Override
    public String toString() {
        return TypeReflection.signatureName(getFieldType()) + " " + getName();
    }
}
