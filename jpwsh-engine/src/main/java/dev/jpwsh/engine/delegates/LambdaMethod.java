package dev.jpwsh.engine.delegates;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What a script block delegate's {@code Method} shows: pwsh compiles the delegate from an expression tree, so its
 * method is a dynamic method named {@code lambda_method} and a number counted across the process, static, public,
 * declared by no type, whose first parameter is the {@link Closure} the delegate's {@code Target} is. Immutable.
 *
 * @param name           {@code lambda_methodN}
 * @param returnType     the delegate's return type ({@code Void} for an Action)
 * @param parameterTypes the delegate's parameter types, none known when it was made without type arguments
 */
@DotNetName("System.Reflection.Emit.DynamicMethod")
public record LambdaMethod(String name, Class<?> returnType, List<Class<?>> parameterTypes) {
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The next method of the process, for a delegate of these types. */
    static LambdaMethod next(Class<?> returnType, List<Class<?>> parameterTypes) {
        return new LambdaMethod("lambda_method" + COUNT.incrementAndGet(), returnType,
                parameterTypes == null ? List.of() : parameterTypes);
    }

    public String getName() {
        return name;
    }

    public Class<?> getReturnType() {
        return returnType;
    }

    public Object getDeclaringType() {
        return null;
    }

    public Object getReflectedType() {
        return null;
    }

    public boolean getIsStatic() {
        return true;
    }

    public boolean getIsPublic() {
        return true;
    }

    public String getMemberType() {
        return "Method";
    }

    /**
     * The method's parameters as .NET's dynamic method has them: the Closure first, then the delegate's, each
     * without a name (the compiler defines none), numbered from 0.
     */
    public dev.jpwsh.engine.types.reflection.ReflectedParameter[] GetParameters() {
        List<Class<?>> all = new java.util.ArrayList<>();
        all.add(Closure.class);
        all.addAll(parameterTypes);
        dev.jpwsh.engine.types.reflection.ReflectedParameter[] parameters =
                new dev.jpwsh.engine.types.reflection.ReflectedParameter[all.size()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = dev.jpwsh.engine.types.reflection.ReflectedParameter.unnamed(all.get(i), i);
        }
        return parameters;
    }

    /** .NET's text: {@code Int32 lambda_method1(System.Runtime.CompilerServices.Closure, Int32)}. */
    @Override
    public String toString() {
        String parameters = parameterTypes.stream().map(LambdaMethod::shortName)
                .collect(Collectors.joining(", ", "(System.Runtime.CompilerServices.Closure"
                        + (parameterTypes.isEmpty() ? "" : ", "), ")"));
        return shortName(returnType) + " " + name + parameters;
    }

    /** A type as MethodInfo's text writes it: the name alone for System types, else the full name. */
    private static String shortName(Class<?> type) {
        String full = TypeNames.of(type);
        return full.startsWith("System.") && full.indexOf('.', 7) < 0 ? full.substring(7) : full;
    }

    /** System.Runtime.CompilerServices.Closure: the object a compiled lambda's delegate is bound to. */
    @DotNetName("System.Runtime.CompilerServices.Closure")
    public record Closure(Object[] constants) {
        /** The values the compiled lambda closes over: here the script block itself. */
        public Object[] getConstants() {
            return constants.clone();
        }

        public Object[] getLocals() {
            return null;
        }

        @Override
        public String toString() {
            return "System.Runtime.CompilerServices.Closure";
        }
    }
}
