package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The .NET delegate types facades take as parameters ({@code List.Find(Predicate)}, {@code List.Sort(Comparison)}):
 * each is also the Java functional interface that fits it, so a facade calls it directly. A script block passed
 * where one is expected becomes one: the engine makes the delegates (see {@code dev.jpwsh.engine.delegates}), and
 * every type a script block converts to as a delegate extends this interface.
 */
public interface Delegate {
    /** The type arguments the delegate was made with ({@code [int, int]} for a Func[int,int]), as GetType() shows them. */
    default java.util.List<?> typeArguments() {
        return java.util.List.of();
    }

    /** System.Func[..., TResult]: returns a value; one or two arguments as facades call it. */
    @DotNetName("System.Func")
    interface Func extends Delegate, Function<Object, Object>, Supplier<Object> {
        Object Invoke(Object arg);

        Object Invoke(Object first, Object second);
    }

    /** System.Action[...]: returns nothing. */
    @DotNetName("System.Action")
    interface Action extends Delegate, Consumer<Object>, Runnable {
    }

    /** System.Predicate[T]: whether an item matches. */
    @DotNetName("System.Predicate`1")
    interface Predicate extends Delegate, java.util.function.Predicate<Object> {
    }

    /** System.Comparison[T]: below zero when the first item sorts before the second. */
    @DotNetName("System.Comparison`1")
    interface Comparison extends Delegate, Comparator<Object> {
    }

    /** System.Converter[TInput, TOutput]: one item made into another. */
    @DotNetName("System.Converter`2")
    interface Converter extends Delegate, Function<Object, Object> {
    }
}
