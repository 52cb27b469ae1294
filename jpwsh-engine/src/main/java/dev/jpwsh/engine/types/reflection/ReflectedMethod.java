package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.runtime.object.DotNetName;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * System.Reflection.MethodInfo: a public method of a type by its .NET name, with {@code Invoke}. The methods every
 * .NET object has (Equals, GetHashCode, GetType, ToString) call what a script's {@code $x.Name()} calls, so they
 * answer as .NET's do. Immutable.
 */
@DotNetName("System.Reflection.RuntimeMethodInfo")
public final class ReflectedMethod extends ReflectedMember {
    private final Method method;
    /** Whether this is one of System.Object's methods (GetType returns a type, whatever Java's getClass says). */
    private final boolean objectMethod;

    /** Whether the Java method is a companion's static one whose first parameter is the receiver. */
    private final boolean extension;

    ReflectedMethod(String name, Method method, Class<?> reflectedType, boolean objectMethod) {
        this(name, method, reflectedType, objectMethod, false);
    }

    private ReflectedMethod(String name, Method method, Class<?> reflectedType, boolean objectMethod,
            boolean extension) {
        super(name, objectMethod ? Object.class : extension ? reflectedType : method.getDeclaringClass(),
                reflectedType);
        this.method = method;
        this.objectMethod = objectMethod;
        this.extension = extension;
    }

    /** A .NET instance method a companion class gives {@code type} ({@code String.ToUpper}). */
    static ReflectedMethod extension(Method method, Class<?> type) {
        return new ReflectedMethod(method.getName(), method, type, false, true);
    }

    @Override
    public MemberTypes getMemberType() {
        return MemberTypes.Method;
    }

    public Class<?> getReturnType() {
        return objectMethod && getName().equals("GetType") ? Class.class
                : MethodInvoker.boxed(method.getReturnType());
    }

    public boolean getIsStatic() {
        return !extension && Modifier.isStatic(method.getModifiers());
    }

    /** A method standing for a non-public .NET one ({@link dev.jpwsh.runtime.object.NonPublic}) is private. */
    public boolean getIsPrivate() {
        return !getIsPublic();
    }

    @Override
    public boolean getIsPublic() {
        return !method.isAnnotationPresent(dev.jpwsh.runtime.object.NonPublic.class);
    }

    public boolean getIsAbstract() {
        return Modifier.isAbstract(method.getModifiers());
    }

    public boolean getIsVirtual() {
        return !getIsStatic() && !Modifier.isFinal(method.getModifiers());
    }

    public boolean getIsGenericMethod() {
        return method.getTypeParameters().length > 0;
    }

    /** Property accessors ({@code get_Name}) are special names, as in .NET. */
    public boolean getIsSpecialName() {
        return getName().startsWith("get_") || getName().startsWith("set_");
    }

    public ReflectedParameter[] GetParameters() {
        Parameter[] all = method.getParameters();
        return parameters(extension ? Arrays.copyOfRange(all, 1, all.length) : all, this);
    }

    static ReflectedParameter[] parameters(Parameter[] parameters, ReflectedMember owner) {
        ReflectedParameter[] result = new ReflectedParameter[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            result[i] = new ReflectedParameter(parameters[i].getName(),
                    MethodInvoker.boxed(parameters[i].getType()), i, owner);
        }
        return result;
    }

    /** The Java parameter types, for a lookup by parameter types. */
    Class<?>[] parameterTypes() {
        Class<?>[] all = method.getParameterTypes();
        return extension ? Arrays.copyOfRange(all, 1, all.length) : all;
    }

    /**
     * {@code $method.Invoke($target, @(args))}: the method called on {@code target} (ignored for a static method)
     * with the arguments converted as a script call converts them; a void method returns null. An instance method
     * is called by its name as a script calls it, so that a .NET method a companion gives a Java class
     * ({@code String.Substring}) answers as .NET's; an accessor, and a non-public method, calls its Java method.
     */
    public Object Invoke(Object target, Object[] args) {
        List<Object> arguments = args == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(args));
        Object result;
        if (getIsStatic() || getIsSpecialName() || !getIsPublic()) {
            result = MethodInvoker.call(method, getIsStatic() ? null : target, arguments);
        } else {
            result = Members.invoke(target, getName(), arguments, MemberGuard.NONE);
        }
        return result == AutomationNull.VALUE ? null : result;
    }

    /** The Java method this MethodInfo reflects, for Add-Member's CodeMethod and CodeProperty. */
    public Method method() {
        return method;
    }

    /** {@code System.String Substring(Int32, Int32)}, as .NET writes a method. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(returnTypeName()).append(' ')
                .append(getName()).append('(');
        Class<?>[] types = parameterTypes();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ", ").append(TypeReflection.signatureName(MethodInvoker.boxed(types[i])));
        }
        return text.append(')').toString();
    }

    /** The return type as .NET writes it; a Java list of one element type is IList`1 of it. */
    private String returnTypeName() {
        if (!objectMethod && method.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType generic
                && generic.getRawType() == List.class
                && generic.getActualTypeArguments()[0] instanceof Class<?> element && element != Object.class) {
            return "System.Collections.Generic.IList`1[" + TypeReflection.signatureName(element) + "]";
        }
        return TypeReflection.signatureName(getReturnType());
    }
}
