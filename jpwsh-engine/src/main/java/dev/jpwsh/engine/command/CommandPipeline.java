package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Pipe;
import java.util.List;
import java.util.function.Consumer;

/** Drives the commands of one pipeline: begin on each, input into the first, end on each, cleanup always. */
public final class CommandPipeline {
    private CommandPipeline() {
    }

    /**
     * Runs {@code processors} with their output going to {@code out}. {@code input} writes the pipeline's input
     * into the pipe it is given (the first command, or {@code out} when there is none); when it is null, the
     * first command runs once without input.
     */
    public static void run(List<CommandProcessor> processors, Consumer<Pipe> input, Pipe out) {
        try {
            for (int i = 0; i < processors.size(); i++) {
                CommandProcessor next = i + 1 < processors.size() ? processors.get(i + 1) : null;
                processors.get(i).begin(next == null ? out : next::process);
            }
            if (input == null) {
                processors.getFirst().processWithoutInput();
            } else {
                input.accept(processors.isEmpty() ? out : processors.getFirst()::process);
            }
            for (CommandProcessor p : processors) {
                p.end();
            }
        } finally {
            for (CommandProcessor p : processors) {
                p.cleanup();
            }
        }
    }
}
