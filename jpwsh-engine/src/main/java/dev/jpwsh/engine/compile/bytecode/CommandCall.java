package dev.jpwsh.engine.compile.bytecode;

import dev.jpwsh.engine.node.Pipelines;

/** Which pipelines {@link NodeEmitter} writes out as a command call rather than calling the pipeline node. */
final class CommandCall {
    private CommandCall() {
    }

    /**
     * A pipeline of one command with no redirection, not called like a method ({@code f(1)}, which strict mode checks
     * first), whose arguments are all plain values: no parameter names, no splatting.
     */
    static boolean compilable(Pipelines.Pipeline pipeline) {
        if (pipeline.elements().size() != 1 || pipeline.merged() != null
                || !(pipeline.elements().getFirst() instanceof Pipelines.CommandElement command)
                || command.likeMethodCall()) {
            return false;
        }
        for (Pipelines.Argument argument : command.arguments()) {
            if (!(argument instanceof Pipelines.ValueArgument)) {
                return false;
            }
        }
        return true;
    }
}
