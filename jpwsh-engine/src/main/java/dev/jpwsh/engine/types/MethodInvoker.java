package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls Java methods and constructors the way PowerShell calls .NET ones: names match without case, the
 * overload whose parameters best fit the arguments wins, arguments convert to the parameter types, and an
 * exception from the callee becomes a MethodInvocationException whose inner exception is the real one.
 */
public final class MethodInvoker {
    /** Each class's public methods, looked up once: {@link Class#getMethods} copies them on every call. */
    private static final ClassValue<Method[]> PUBLIC_METHODS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return type.getMethods();
        }
    };

    private MethodInvoker() {
    }

    /** The public methods of {@code type}, inherited ones included; shared, so never to be modified. */
    static Method[] publicMethods(Class<?> type) {
        return PUBLIC_METHODS.get(type);
    }

    /** The best public method for the arguments, or null. */
    public static Method find(Class<?> type, boolean isStatic, String name, List<Object> args) {
        List<Method> candidates = new ArrayList<>();
        for (Method m : publicMethods(type)) {
            if (m.getName().equalsIgnoreCase(name) && m.getParameterCount() == args.size()
                    && Modifier.isStatic(m.getModifiers()) == isStatic && !hiddenFromScripts(m)) {
                candidates.add(m);
            }
        }
        if (candidates.stream().anyMatch(m -> !isJdkMethod(m))) {
            candidates.removeIf(MethodInvoker::isJdkMethod);
        }
        candidates.removeIf(m -> hiddenByDotNetFace(m, candidates));
        List<Method> params = new ArrayList<>();
        for (Method m : publicMethods(type)) {
            if (m.isVarArgs() && m.getName().equalsIgnoreCase(name) && m.getParameterCount() - 1 <= args.size()
                    && Modifier.isStatic(m.getModifiers()) == isStatic && !hiddenFromScripts(m)) {
                params.add(m);
            }
        }
        return (Method) bestOrExpanded(candidates, params, args);
    }

    /**
     * The candidate the arguments fit best, where a {@code params} method (a Java varargs method) also competes in
     * its expanded form, as .NET calls {@code Format(format, params object[] args)} with loose trailing arguments:
     * each argument from the last parameter's position on is scored against the array's element type. The expanded
     * form wins only by a better fit ({@code Format('{0}{1}{2}{3}', 'a', 'b', 'c', 'd')} is not a culture's
     * {@code Format(provider, format, a, b, c)}); on a tie the method taking the arguments as they are does.
     */
    private static Executable bestOrExpanded(List<? extends Executable> candidates,
            List<? extends Executable> params, List<Object> args) {
        Executable best = best(candidates, args);
        int bestScore = best == null ? -1 : score(best.getParameterTypes(), args);
        for (Executable e : params) {
            int score = score(expandedTypes(e.getParameterTypes(), args.size()), args);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** A params method's parameter types for {@code count} arguments: the fixed ones, then the element type. */
    static Class<?>[] expandedTypes(Class<?>[] types, int count) {
        Class<?>[] expanded = java.util.Arrays.copyOf(types, count);
        Class<?> element = types[types.length - 1].getComponentType();
        java.util.Arrays.fill(expanded, types.length - 1, count, element);
        return expanded;
    }

    /**
     * Whether {@code method} is the Java spelling of a method another candidate gives its .NET spelling with the same
     * parameters: PSDataCollection's void {@code Add} hides the {@code add} that Java's List needs it to have.
     */
    private static boolean hiddenByDotNetFace(Method method, List<Method> candidates) {
        return Character.isLowerCase(method.getName().charAt(0)) && candidates.stream().anyMatch(other ->
                Character.isUpperCase(other.getName().charAt(0))
                        && java.util.Arrays.equals(other.getParameterTypes(), method.getParameterTypes()));
    }

    /**
     * Whether a method comes from the JDK class a facade extends. A facade's .NET method hides the JDK methods of
     * the same name: {@code List[int].Remove(5)} removes the item 5, never the item at index 5.
     */
    private static boolean isJdkMethod(Method method) {
        return method.getDeclaringClass().getName().startsWith("java.");
    }

    /**
     * Whether a method is a facade record's accessor of the Java value it keeps (DateTime's LocalDateTime, Guid's
     * UUID, TimeSpan's Duration): no .NET member, so scripts never see it. Accessors of strings, numbers, collections
     * and engine objects stay visible, as the records' .NET properties ({@code IPEndPoint.Port}) are such. A method
     * standing for a non-public .NET one ({@link dev.jpwsh.runtime.object.NonPublic}) is hidden too.
     */
    public static boolean hiddenFromScripts(Method m) {
        if (m.isAnnotationPresent(dev.jpwsh.runtime.object.NonPublic.class)) {
            return true;
        }
        Class<?> owner = m.getDeclaringClass();
        Class<?> type = m.getReturnType();
        if (!owner.isRecord() || m.getParameterCount() != 0 || !type.getName().startsWith("java.")) {
            return false;
        }
        boolean scriptValue = type == String.class || type == Object.class || type == Boolean.class
                || type == Character.class || Number.class.isAssignableFrom(type)
                || Iterable.class.isAssignableFrom(type) || java.util.Map.class.isAssignableFrom(type)
                || Throwable.class.isAssignableFrom(type);
        return !scriptValue && java.util.Arrays.stream(owner.getRecordComponents())
                .anyMatch(c -> c.getName().equals(m.getName()));
    }

    /** Calls {@code method} for the engine itself (a getter, a type's Parse), with no language-mode check. */
    public static Object call(Method method, Object target, List<Object> args) {
        return call(method, target, args, MemberGuard.NONE);
    }

    /**
     * Calls {@code method} with each argument converted to its parameter's type as {@code guard} allows; a failure
     * names the method as .NET would, with a capital initial ({@code Open}, not open).
     */
    static Object call(Method method, Object target, List<Object> args, MemberGuard guard) {
        return new ResolvedMethod(method).invoke(target, args, guard);
    }

    /**
     * Calls a static method of an extension class whose first parameter is the receiver (a .NET member that
     * the receiver's Java class lacks); null when the extension class has no such method.
     */
    static Object invokeExtension(Class<?> extensions, Object receiver, String name, List<Object> args,
            Object[] found, MemberGuard guard) {
        List<Method> candidates = new ArrayList<>();
        for (Method m : publicMethods(extensions)) {
            if (m.getName().equalsIgnoreCase(name) && m.getParameterCount() == args.size() + 1
                    && Modifier.isStatic(m.getModifiers()) && m.getParameterTypes()[0].isInstance(receiver)) {
                candidates.add(m);
            }
        }
        List<Object> all = new ArrayList<>(args.size() + 1);
        all.add(receiver);
        all.addAll(args);
        Method best = (Method) best(candidates, all);
        if (best == null) {
            return null;
        }
        found[0] = Boolean.TRUE;
        return new ResolvedMethod(best, name).invoke(null, all, guard, args.size());
    }

    /**
     * What {@code [T]::new(args)} calls: T's static {@code New} factories when it declares them (a facade whose .NET
     * constructors build something its Java constructors do not), else its constructors.
     */
    static ResolvedMethod constructor(Class<?> type, List<Object> args) {
        Method factory = find(type, true, "New", args);
        if (factory != null) {
            return new ResolvedMethod(factory, ".ctor");
        }
        List<Constructor<?>> candidates = new ArrayList<>();
        for (Constructor<?> c : type.getConstructors()) {
            if (c.getParameterCount() == args.size()) {
                candidates.add(c);
            }
        }
        List<Constructor<?>> params = new ArrayList<>();
        for (Constructor<?> c : type.getConstructors()) {
            if (c.isVarArgs() && c.getParameterCount() - 1 <= args.size()) {
                params.add(c);
            }
        }
        Constructor<?> best = (Constructor<?>) bestOrExpanded(candidates, params, args);
        if (best == null) {
            throw RuntimeFailures.create("MethodCountCouldNotFindBest", "InvalidOperation",
                    "Cannot find an overload for \"new\" and the argument count: \"" + args.size() + "\".", null);
        }
        return new ResolvedMethod(best, ".ctor");
    }

    /**
     * The candidate the arguments fit best; between equal fits the more specific one ({@code GetOrAdd(key, Func)}
     * over {@code GetOrAdd(key, object)} for a delegate), as .NET's better-member rule picks, so that the choice never
     * depends on the order reflection lists the methods in, which differs between runs.
     */
    private static Executable best(List<? extends Executable> candidates, List<Object> args) {
        Executable best = null;
        int bestScore = -1;
        for (Executable e : candidates) {
            int score = score(e.getParameterTypes(), args);
            if (score > bestScore || score == bestScore && score >= 0 && moreSpecific(e, best)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether every parameter of {@code a} is of a type of {@code b}'s parameter there, and one is narrower. */
    private static boolean moreSpecific(Executable a, Executable b) {
        Class<?>[] as = a.getParameterTypes();
        Class<?>[] bs = b.getParameterTypes();
        boolean narrower = false;
        for (int i = 0; i < as.length; i++) {
            Class<?> x = boxed(as[i]);
            Class<?> y = boxed(bs[i]);
            if (!y.isAssignableFrom(x)) {
                return false;
            }
            narrower |= x != y;
        }
        return narrower;
    }

    /** How well arguments fit parameter types: exact 3, boxing or numeric widening 2, convertible 1, else -1. */
    private static int score(Class<?>[] types, List<Object> args) {
        int total = 0;
        for (int i = 0; i < types.length; i++) {
            int s = fit(args.get(i) == null ? types[i] : boxed(types[i]), args.get(i));
            if (s < 0) {
                return -1;
            }
            total += s;
        }
        return total;
    }

    private static int fit(Class<?> type, Object arg) {
        if (arg instanceof MethodTypeArguments) {
            return type == Class.class ? 3 : -1;
        }
        if (arg == null) {
            // null becomes a primitive's zero, but any reference type takes it better, as in pwsh; a Class parameter
            // mostly stands for a generic type argument (Invoke<T>()): null prefers another overload
            return type.isPrimitive() ? 0 : type == Class.class ? 1 : 2;
        }
        if (type == arg.getClass()) {
            return 3;
        }
        if (type.isInstance(arg)) {
            return 2;
        }
        if (arg instanceof ScriptBlock && DelegateFactory.isDelegateType(type)) {
            return 1;
        }
        if (Number.class.isAssignableFrom(type) && arg instanceof Number) {
            return type == Double.class || type == Long.class && arg instanceof Integer ? 2 : 1;
        }
        if (type == String.class || type == Boolean.class || Number.class.isAssignableFrom(type)
                || type == Character.class || type == Object[].class
                || arg instanceof String && (type.isEnum() || Conversions.parsesText(type))
                || type.isArray() && arg instanceof Object[] || Conversions.constructsFrom(type, arg)) {
            return 0;
        }
        return -1;
    }

    /** {@code Exception calling "Name" with "N" argument(s): "inner message"}. */
    public static PSException methodInvocation(String name, int argCount, Throwable inner) {
        if (inner instanceof PSException ps) {
            return ps;
        }
        String innerMessage = dev.jpwsh.runtime.error.ExceptionNames.message(inner);
        String message = "Exception calling \"" + name + "\" with \"" + argCount + "\" argument(s): \""
                + innerMessage + "\"";
        PSRuntimeException wrapper = new PSRuntimeException("MethodInvocationException", "NotSpecified", message,
                inner, "System.Management.Automation.MethodInvocationException");
        // as pwsh names it: the inner exception's type, whatever error id that exception carries
        String id = dev.jpwsh.runtime.error.ExceptionNames.simpleName(inner);
        return new PSException(new ErrorRecord(wrapper, id, "NotSpecified", null, null));
    }

    public static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Void.class;
        };
    }
}
