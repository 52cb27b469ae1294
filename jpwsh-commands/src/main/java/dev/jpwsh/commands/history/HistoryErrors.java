package dev.jpwsh.commands.history;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;

/** The errors of the history cmdlets, with pwsh's ids, categories, messages and exception types. */
final class HistoryErrors {
    private HistoryErrors() {
    }

    /** No entry has that id; {@code command} is the id's prefix: GetHistory, ClearHistory, InvokeHistory. */
    static ErrorRecord noHistoryForId(String command, long id) {
        return RuntimeFailures.create(command + "NoHistoryForId", "ObjectNotFound", "Cannot locate the history for "
                + "Id " + id + ".", id, "System.ArgumentException").record();
    }

    static ErrorRecord noCountWithMultipleIds(String command, Object count) {
        return RuntimeFailures.create(command + "NoCountWithMultipleIds", "InvalidArgument",
                "The count cannot be combined with multiple Ids.", count, "System.ArgumentException").record();
    }

    static ErrorRecord noLastHistoryEntry() {
        return RuntimeFailures.create("InvokeHistoryNoLastHistoryEntryFound", "InvalidOperation",
                "Cannot locate most recent history.", null, "System.InvalidOperationException").record();
    }

    static ErrorRecord noHistoryForCommandLine(String commandLine) {
        return RuntimeFailures.create("InvokeHistoryNoHistoryForCommandline", "ObjectNotFound",
                "Cannot locate the history for command line " + commandLine + ".", commandLine,
                "System.ArgumentException").record();
    }

    static ErrorRecord invalidInput(Object input) {
        return RuntimeFailures.create("AddHistoryInvalidInput", "InvalidData",
                "Cannot add history because the input object has a format that is not valid.", input,
                "System.IO.InvalidDataException").record();
    }

    static ErrorRecord invalidId(long id) {
        return RuntimeFailures.create("InvokeHistoryInvalidIdGetHistory", "InvalidArgument", "The identifier " + id
                + " is not a valid value for a History identifier. Specify a positive number, and then try again."
                + " (Parameter 'Id')", id, "System.ArgumentOutOfRangeException").record();
    }

    static ErrorRecord loopDetected() {
        return RuntimeFailures.create("InvokeHistoryLoopDetected", "InvalidOperation",
                "The Invoke-History cmdlet is called repeatedly, in a loop.", null,
                "System.InvalidOperationException").record();
    }
}
