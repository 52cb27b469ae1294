package dev.jpwsh.engine.exec;

import java.util.List;
import java.util.ServiceLoader;

/**
 * What {@code $block.GetPowerShell(args)} and {@code $block.GetSteppablePipeline()} answer: a PowerShell object
 * holding the block's pipelines as commands, or a steppable pipeline. Both are the hosting layer's, so that layer
 * implements this ({@code dev.jpwsh.engine.runspaces}) and lists the implementation in
 * {@code META-INF/services/dev.jpwsh.engine.exec.ScriptBlockConversion}; it is found on the first call.
 */
public interface ScriptBlockConversion {
    /** The block's pipelines as a PowerShell object's commands, its arguments evaluated with {@code args} bound. */
    Object toPowerShell(ScriptBlock block, Frame caller, List<Object> args);

    /**
     * {@code $block.GetSteppablePipeline([origin[, args]])}: the block's one pipeline, ready to be driven a step at a
     * time, its arguments evaluated in {@code caller}'s scope (or with the block's parameters bound to {@code args}).
     */
    Object toSteppablePipeline(ScriptBlock block, Frame caller, List<Object> args);

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
