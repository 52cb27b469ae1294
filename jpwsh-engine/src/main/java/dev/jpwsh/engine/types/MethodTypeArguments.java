package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.List;

/**
 * The type arguments of a generic method call, {@code $ps.Invoke[string]()}: passed after the arguments, where
 * only a {@code Class} parameter takes it, so a facade method is generic by taking its type argument as its
 * last parameter ({@code <T> List<T> invoke(Object input, Class<T> type)}).
 */
public record MethodTypeArguments(List<Class<?>> types) {
    public MethodTypeArguments {
        types = List.copyOf(types);
    }

    /** The one type argument of a method that takes one, else the error of a call with the wrong count. */
    public Class<?> single() {
        if (types.size() != 1) {
            throw RuntimeFailures.create("MethodCountCouldNotFindBest", "InvalidOperation",
                    "The generic method takes 1 type argument, but " + types.size() + " were given.", null);
        }
        return types.getFirst();
    }
}
