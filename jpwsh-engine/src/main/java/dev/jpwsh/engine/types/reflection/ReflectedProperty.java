package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.runtime.object.DotNetName;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * System.Reflection.PropertyInfo: a property (a Java getter, and its setter when there is one) with
 * {@code GetValue} and {@code SetValue}. Immutable.
 */
@DotNetName("System.Reflection.RuntimePropertyInfo")
public final class ReflectedProperty extends ReflectedMember {
    private final Method getter;
    private final Method setter;

    ReflectedProperty(String name, Method getter, Method setter, Class<?> reflectedType) {
        super(name, getter.getDeclaringClass(), reflectedType);
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public MemberTypes getMemberType() {
        return MemberTypes.Property;
    }

    public Class<?> getPropertyType() {
        return MethodInvoker.boxed(getter.getReturnType());
    }

    public boolean getCanRead() {
        return true;
    }

    public boolean getCanWrite() {
        return setter != null;
    }

    boolean isStatic() {
        return Modifier.isStatic(getter.getModifiers());
    }

    public ReflectedMethod GetGetMethod() {
        return new ReflectedMethod("get_" + getName(), getter, getReflectedType(), false);
    }

    public ReflectedMethod GetSetMethod() {
        return setter == null ? null : new ReflectedMethod("set_" + getName(), setter, getReflectedType(), false);
    }

    public ReflectedParameter[] GetIndexParameters() {
        return new ReflectedParameter[0];
    }

    public Object GetValue(Object target) {
        return MethodInvoker.call(getter, isStatic() ? null : target, List.of());
    }

    public Object GetValue(Object target, Object[] index) {
        return GetValue(target);
    }

    public void SetValue(Object target, Object value) {
        if (setter == null) {
            throw new IllegalArgumentException("Property set method not found.");
        }
        MethodInvoker.call(setter, isStatic() ? null : target, java.util.Collections.singletonList(value));
    }

    public void SetValue(Object target, Object value, Object[] index) {
        SetValue(target, value);
    }

    /** {@code System.String Name}, as .NET writes a property. */
    @Override
    public String toString() {
        return TypeReflection.signatureName(getPropertyType()) + " " + getName();
    }
}
