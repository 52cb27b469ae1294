package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Pipe;

/**
 * One command in a running pipeline. The pipeline calls {@link #begin} on every command first, then
 * {@link #process} once per input object ({@link #processWithoutInput} once for the first command, which gets
 * no input), then {@link #end} on every command from first to last. Output goes to the downstream pipe given
 * to begin.
 */
public interface CommandProcessor {
    void begin(Pipe downstream);

    void process(Object input);

    /** Called once, between begin and end, on the first command of a pipeline, which gets no input. */
    void processWithoutInput();

    void end();

    /** Whether this command asked for {@code stop}: its upstream commands stop, it and those after it end. */
    default boolean requested(dev.jpwsh.engine.exec.FlowSignal.StopUpstream stop) {
        return false;
    }

    /** Runs after end, and also when the pipeline fails: {@code clean} blocks. */
    default void cleanup() {
    }
}
