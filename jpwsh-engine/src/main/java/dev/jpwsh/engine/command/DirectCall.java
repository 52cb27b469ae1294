package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;

/**
 * The call compiled code makes most: a command written as a constant name, alone in its pipeline and given values
 * only, that names a function whose shape is {@linkplain PositionalShape#direct direct}. It binds the values and
 * runs the end block in a new frame, as {@link CommandPipeline#runAlone} would, without a processor or an argument
 * list; anything else is left to the general path.
 */
public final class DirectCall {
    private DirectCall() {
    }

    /**
     * Runs {@code written} with {@code args} from {@code frame} (whose current position is the call's), writing to
     * {@code out}, when it is such a call; false, having done nothing, when it is not. {@code args} becomes the call's.
     */
    public static boolean run(Frame frame, CommandName written, Object[] args, Pipe out) {
        ScriptBlock block = CommandResolver.function(frame, written);
        if (block == null || !block.body().positional().direct() || written.namesScriptFile()) {
            return false;
        }
        Frame callee = block.callFrame(frame);
        frame.context().enterCall();
        try {
            FunctionProcessor.runDirect(block, callee, written.name(), args, out);
        } finally {
            frame.context().leaveCall();
        }
        return true;
    }
}
