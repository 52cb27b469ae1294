package dev.jpwsh.engine.exec;

import java.util.List;
import java.util.ServiceLoader;

/**
 * What {@code $block.GetPowerShell(args)} answers: a PowerShell object holding the block's pipelines as commands. A
 * PowerShell object is the hosting layer's, so that layer implements this ({@code dev.jpwsh.engine.runspaces}) and
 * lists the implementation in {@code META-INF/services/dev.jpwsh.engine.exec.ScriptBlockConversion}; it is found on
 * the first call.
 */
public interface ScriptBlockConversion {
    /** The block's pipelines as a PowerShell object's commands, its arguments evaluated with {@code args} bound. */
    Object toPowerShell(ScriptBlock block, Frame caller, List<Object> args);

    /** The engine's implementation, found once. */
    static ScriptBlockConversion instance() {
        return Holder.INSTANCE;
    }

    /** Finds the implementation when it is first asked for. */
    final class Holder {
        private static final ScriptBlockConversion INSTANCE = ServiceLoader.load(ScriptBlockConversion.class,
                ScriptBlockConversion.class.getClassLoader()).findFirst().orElseThrow(
                        () -> new IllegalStateException("no script block conversion on the class path"));

        private Holder() {
        }
    }
}
