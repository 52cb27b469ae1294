package dev.jpwsh.engine.delegates;

import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.AsyncResult;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.NamedType;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A .NET delegate made from a script block ({@code [Func[int,int]] { param($x) $x * 3 }}): {@code Invoke} converts
 * the arguments to the parameter types, runs the block and converts its output to the return type. Each subclass
 * is one delegate type and implements the library's {@link Delegate} interface of that type, so facades take them
 * directly ({@code List.Sort(Comparison)} sorts with a {@link Comparator}). Without type arguments (a script block
 * passed straight to a method) any number of arguments of any type is accepted.
 */
public abstract sealed class ScriptDelegate implements Delegate {
    private final ScriptBlock block;
    /** The parameter types, or null when the type arguments were not given. */
    private final List<Class<?>> parameterTypes;
    /** What the output converts to; {@code Void.class} when the delegate returns nothing. */
    private final Class<?> returnType;
    /** The type arguments the delegate type was named with, as GetType() shows them; none when not given. */
    private List<?> typeArguments = List.of();

    /** What {@code Method} shows, made with the delegate, as pwsh compiles one per delegate. */
    private final LambdaMethod method;

    private ScriptDelegate(ScriptBlock block, List<Class<?>> parameterTypes, Class<?> returnType) {
        this.block = block;
        this.parameterTypes = parameterTypes;
        this.returnType = returnType;
        this.method = LambdaMethod.next(returnType, parameterTypes);
    }

    /**
     * The delegate of {@code type} (a {@link Delegate} type, with its type arguments when known) that runs
     * {@code block}.
     */
    public static ScriptDelegate of(Class<?> type, List<?> typeArguments, ScriptBlock block) {
        ScriptDelegate delegate = make(type, typeArguments.stream().<Class<?>>map(NamedType::classOf).toList(), block);
        delegate.typeArguments = List.copyOf(typeArguments);
        return delegate;
    }

    private static ScriptDelegate make(Class<?> type, List<Class<?>> typeArguments, ScriptBlock block) {
        boolean typed = !typeArguments.isEmpty();
        if (AsyncCallback.class.isAssignableFrom(type)) {
            return new Callback(block);
        }
        if (Delegate.Action.class.isAssignableFrom(type)) {
            return new Action(block, typed ? typeArguments : null);
        }
        if (Delegate.Predicate.class.isAssignableFrom(type)) {
            return new Predicate(block, typed ? typeArguments : null);
        }
        if (Delegate.Comparison.class.isAssignableFrom(type)) {
            return new Comparison(block, typed ? List.of(typeArguments.getFirst(), typeArguments.getFirst()) : null);
        }
        Class<?> result = typed ? typeArguments.getLast() : Object.class;
        List<Class<?>> parameters = typed ? typeArguments.subList(0, typeArguments.size() - 1) : null;
        return Delegate.Converter.class.isAssignableFrom(type) ? new Converter(block, parameters, result)
                : new Func(block, parameters, result);
    }

    @Override
    public List<?> typeArguments() {
        return typeArguments;
    }

    /** {@code Method}: the compiled method pwsh's delegate runs ({@code lambda_methodN}). */
    public LambdaMethod getMethod() {
        return method;
    }

    /** {@code Target}: the closure the compiled method is bound to, which holds the script block. */
    public LambdaMethod.Closure getTarget() {
        return new LambdaMethod.Closure(new Object[] {block});
    }

    /** {@code DynamicInvoke(args)}: Invoke with the arguments in an array; null for a delegate that returns nothing. */
    public Object DynamicInvoke(Object[] args) {
        Object result = invoke(args == null ? List.of() : listOf(args));
        return result == AutomationNull.VALUE ? null : result;
    }

    public Object Invoke() {
        return invoke(List.of());
    }

    public Object Invoke(Object arg) {
        return invoke(listOf(arg));
    }

    public Object Invoke(Object first, Object second) {
        return invoke(listOf(first, second));
    }

    public Object Invoke(Object first, Object second, Object third) {
        return invoke(listOf(first, second, third));
    }

    public Object Invoke(Object first, Object second, Object third, Object fourth) {
        return invoke(listOf(first, second, third, fourth));
    }

    /** Invoke with five or more arguments (Func and Action take up to sixteen), each one argument, never spread. */
    public Object Invoke(Object first, Object second, Object third, Object fourth, Object fifth, Object... rest) {
        List<Object> args = listOf(first, second, third, fourth, fifth);
        Collections.addAll(args, rest);
        return invoke(args);
    }

    private static List<Object> listOf(Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        Collections.addAll(list, args);
        return list;
    }

    /** Runs the block with converted arguments; the output converted to the return type, or AutomationNull for none. */
    final Object invoke(List<Object> args) {
        if (parameterTypes != null && parameterTypes.size() != args.size()) {
            throw RuntimeFailures.create("MethodCountCouldNotFindBest", "InvalidOperation",
                    "Cannot find an overload for \"Invoke\" and the argument count: \"" + args.size() + "\".", null);
        }
        List<Object> converted = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            converted.add(parameterTypes == null ? args.get(i) : Conversions.convert(args.get(i),
                    parameterTypes.get(i)));
        }
        Object output = block.invokeAsDelegate(converted);
        return returnType == Void.class ? AutomationNull.VALUE : Conversions.convert(output, returnType);
    }

    /** Runs the block as a callback another thread makes (see {@link ScriptBlock#invokeAsCallback}). */
    final void invokeAsCallback(Object arg) {
        block.invokeAsCallback(arg);
    }

    @Override
    public String toString() {
        return TypeNames.ofValue(this);
    }

    /** System.Func[..., TResult]: returns its block's output. */
    @DotNetName("System.Func")
    public static final class Func extends ScriptDelegate implements Delegate.Func {
        Func(ScriptBlock block, List<Class<?>> parameterTypes, Class<?> returnType) {
            super(block, parameterTypes, returnType);
        }

        @Override
        public Object apply(Object arg) {
            return invoke(listOf(arg));
        }

        @Override
        public Object get() {
            return invoke(List.of());
        }
    }

    /** System.Action[...]: returns nothing. */
    @DotNetName("System.Action")
    public static final class Action extends ScriptDelegate implements Delegate.Action {
        Action(ScriptBlock block, List<Class<?>> parameterTypes) {
            super(block, parameterTypes, Void.class);
        }

        @Override
        public void accept(Object arg) {
            invoke(listOf(arg));
        }

        @Override
        public void run() {
            invoke(List.of());
        }
    }

    /** System.Predicate[T]: whether an item matches. */
    @DotNetName("System.Predicate`1")
    public static final class Predicate extends ScriptDelegate implements Delegate.Predicate {
        Predicate(ScriptBlock block, List<Class<?>> parameterTypes) {
            super(block, parameterTypes, Boolean.class);
        }

        @Override
        public boolean test(Object item) {
            return (Boolean) invoke(listOf(item));
        }
    }

    /** System.Comparison[T]: below zero when the first item sorts before the second. */
    @DotNetName("System.Comparison`1")
    public static final class Comparison extends ScriptDelegate implements Delegate.Comparison {
        Comparison(ScriptBlock block, List<Class<?>> parameterTypes) {
            super(block, parameterTypes, Integer.class);
        }

        @Override
        public int compare(Object first, Object second) {
            return (Integer) invoke(listOf(first, second));
        }
    }

    /** System.Converter[TInput, TOutput]: one item made into another. */
    @DotNetName("System.Converter`2")
    public static final class Converter extends ScriptDelegate implements Delegate.Converter {
        Converter(ScriptBlock block, List<Class<?>> parameterTypes, Class<?> returnType) {
            super(block, parameterTypes, returnType);
        }

        @Override
        public Object apply(Object item) {
            return invoke(listOf(item));
        }
    }

    /**
     * System.AsyncCallback: told that an asynchronous operation has ended, usually on another thread; the block
     * runs on its own runspace's thread (see {@link ScriptBlock#invokeAsCallback}).
     */
    @DotNetName("System.AsyncCallback")
    public static final class Callback extends ScriptDelegate implements AsyncCallback {
        Callback(ScriptBlock block) {
            super(block, List.of(AsyncResult.class), Void.class);
        }

        @Override
        public void Invoke(AsyncResult result) {
            invokeAsCallback(result);
        }
    }
}
