package dev.jpwsh.engine.delegates;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.DelegateFactory;
import java.util.List;

/** The engine's {@link DelegateFactory}: script block delegates. */
public final class ScriptDelegateFactory implements DelegateFactory {
    @Override
    public Object create(Class<?> type, List<?> typeArguments, ScriptBlock block) {
        return ScriptDelegate.of(type, typeArguments, block);
    }
}
