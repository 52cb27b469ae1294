package dev.jpwsh.commands.core.parallel;

/** What a task reports to the cmdlet's thread: a record for one of its streams, or its end. */
sealed interface TaskEvent {
    /** An object the task wrote to its output. */
    record Output(Object value) implements TaskEvent {
    }

    /** An ErrorRecord for the caller's error stream: the task's own, or PSTaskException for its failure. */
    record Error(Object record) implements TaskEvent {
    }

    /**
     * A warning, verbose, debug, information or progress record, re-emitted in the caller; {@code stream} is its
     * index in that order, the order of {@code Job.messageStreams()}.
     */
    record Message(int stream, Object record) implements TaskEvent {
    }

    /**
     * The task has ended and reported everything; its runspace may serve another task. {@code failure} is null when
     * the script ran to its end, else the terminating error or the stop (PipelineStoppedException) that ended it.
     */
    record Finished(ParallelTask task, Throwable failure) implements TaskEvent {
    }
}
