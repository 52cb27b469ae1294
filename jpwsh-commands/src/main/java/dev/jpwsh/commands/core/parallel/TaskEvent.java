package dev.jpwsh.commands.core.parallel;

/** What a task reports to the cmdlet's thread: a record for one of its streams, or its end. */
sealed interface TaskEvent {
    /** An object the task wrote to its output. */
    record Output(Object value) implements TaskEvent {
    }

    /** An ErrorRecord for the caller's error stream: the task's own, or PSTaskException for its failure. */
    record Error(Object record) implements TaskEvent {
    }

    /** A warning, verbose, debug, information or progress record, re-emitted in the caller. */
    record Message(Object record) implements TaskEvent {
    }

    /** The task has ended and reported everything; its runspace may serve another task. */
    record Finished(ParallelTask task) implements TaskEvent {
    }
}
