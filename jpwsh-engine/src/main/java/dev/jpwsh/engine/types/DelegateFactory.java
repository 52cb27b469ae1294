package dev.jpwsh.engine.types;

import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.engine.exec.ScriptBlock;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes the .NET delegate a script block converts to ({@code [Func[int,int]] { $args[0] * 2 }}, a block passed
 * for a {@code Predicate} parameter). The services layer implements it ({@code dev.jpwsh.engine.delegates}) and
 * lists the implementation in {@code META-INF/services/dev.jpwsh.engine.types.DelegateFactory}; {@link #DELEGATES}
 * is that implementation, found once, on the first conversion of a script block to a delegate.
 */
public interface DelegateFactory {
    /** The engine's implementation. */
    DelegateFactory DELEGATES = ServiceLoader.load(DelegateFactory.class, DelegateFactory.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException("no delegate factory on the class path"));

    /** Whether a script block converts to {@code type} as a delegate: a {@link Delegate} type. */
    static boolean isDelegateType(Class<?> type) {
        return Delegate.class.isAssignableFrom(type);
    }

    /** The delegate of {@code type} (with its type arguments, when known) that runs {@code block}. */
    Object create(Class<?> type, List<?> typeArguments, ScriptBlock block);
}
