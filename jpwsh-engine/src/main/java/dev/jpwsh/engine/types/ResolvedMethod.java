package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * A Java method or constructor chosen for a script's call, with what each call of it needs worked out once: the
 * parameter types boxed, whether it returns nothing, and made accessible when its class is not public. Immutable,
 * so a {@link MethodCallSite} keeps it and any thread calls it.
 */
final class ResolvedMethod {
    private final Executable executable;
    private final Class<?>[] parameterTypes;
    private final boolean returnsVoid;
    /** The name a failure shows; null for a method's own name with .NET's capital initial. */
    private final String shownName;

    ResolvedMethod(Executable executable, String shownName) {
        this.executable = executable;
        this.shownName = shownName;
        Class<?>[] types = executable.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            types[i] = MethodInvoker.boxed(types[i]);
        }
        this.parameterTypes = types;
        this.returnsVoid = executable instanceof Method m && m.getReturnType() == void.class;
        if (!Modifier.isPublic(executable.getDeclaringClass().getModifiers())) {
            executable.trySetAccessible();
        }
    }

    /** A method whose failure names it as .NET would, with a capital initial ({@code Open}, not open). */
    ResolvedMethod(Method method) {
        this(method, null);
    }

    /** Calls it with the script's arguments; {@link AutomationNull#VALUE} for a void method. */
    Object invoke(Object target, List<Object> args, MemberGuard guard) {
        return invoke(target, args, guard, args.size());
    }

    /**
     * Calls it with each argument converted to its parameter's type as {@code guard} allows; {@code shownArgCount}
     * is how many arguments the script passed, which a failure's message counts (an extension method's receiver is
     * not one).
     */
    Object invoke(Object target, List<Object> args, MemberGuard guard, int shownArgCount) {
        if (executable.isVarArgs() && args.size() != parameterTypes.length) {
            args = packed(args);
        }
        Object[] converted = new Object[parameterTypes.length];
        for (int i = 0; i < converted.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof MethodTypeArguments generic) {
                converted[i] = generic.single();
            } else if (arg == AutomationNull.VALUE && parameterTypes[i] == String.class) {
                // pwsh passes "nothing" to a string parameter as null, where $null becomes an empty string
                converted[i] = null;
            } else {
                guard.checkConversion(arg, parameterTypes[i]);
                converted[i] = Conversions.convert(arg, parameterTypes[i]);
            }
        }
        try {
            if (executable instanceof Method m) {
                Object result = m.invoke(target, converted);
                return returnsVoid ? AutomationNull.VALUE : result;
            }
            return ((Constructor<?>) executable).newInstance(converted);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                // the pipeline thread is interrupted only to stop it (PowerShell.Stop, runspace close): keep the
                // flag set and end the script, instead of reporting a statement error and running on
                Thread.currentThread().interrupt();
                throw RuntimeFailures.pipelineStopped();
            }
            throw MethodInvoker.methodInvocation(shownName(), shownArgCount, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw MethodInvoker.methodInvocation(shownName(), shownArgCount, e);
        }
    }

    /**
     * A params method's arguments in its expanded form: the loose trailing ones as one array of the last parameter's
     * element type, each converted to it.
     */
    private List<Object> packed(List<Object> args) {
        int fixed = parameterTypes.length - 1;
        Class<?> element = parameterTypes[fixed].getComponentType();
        Object rest = java.lang.reflect.Array.newInstance(element, args.size() - fixed);
        for (int i = fixed; i < args.size(); i++) {
            Object item = Conversions.convert(args.get(i), MethodInvoker.boxed(element));
            java.lang.reflect.Array.set(rest, i - fixed, item);
        }
        List<Object> all = new java.util.ArrayList<>(args.subList(0, fixed));
        all.add(rest);
        return all;
    }

    private String shownName() {
        if (shownName != null) {
            return shownName;
        }
        String javaName = executable.getName();
        return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }
}
