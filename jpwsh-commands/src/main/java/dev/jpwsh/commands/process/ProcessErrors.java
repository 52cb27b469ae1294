package dev.jpwsh.commands.process;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/** The errors of the process cmdlets, with pwsh's ids, categories, messages and exception types. */
final class ProcessErrors {
    private static final String PROCESS_EXCEPTION = "Microsoft.PowerShell.Commands.ProcessCommandException";

    private ProcessErrors() {
    }

    static ErrorRecord noProcessWithName(String name) {
        return record("NoProcessFoundForGivenName", "ObjectNotFound", "Cannot find a process with the name \"" + name
                + "\". Verify the process name and call the cmdlet again.", name, PROCESS_EXCEPTION);
    }

    static ErrorRecord noProcessWithId(long id) {
        return record("NoProcessFoundForGivenId", "ObjectNotFound", "Cannot find a process with the process "
                + "identifier " + id + ".", id, PROCESS_EXCEPTION);
    }

    static ErrorRecord couldNotStop(ProcFsProcess process, String reason) {
        return record("CouldNotStopProcess", "CloseError", "Cannot stop process \"" + process.getProcessName() + " ("
                + process.getId() + ")\" because of the following error: " + reason, process, PROCESS_EXCEPTION);
    }

    static ErrorRecord notStoppedInTime(ProcFsProcess process) {
        return record("ProcessNotTerminated", "CloseError", "This command stopped operation because process \""
                + process.getProcessName() + " (" + process.getId() + ")\" is not stopped in the specified time-out.",
                process, "System.TimeoutException");
    }

    static ErrorRecord waitOnItself() {
        return record("WaitOnItself", "ObjectNotFound", "This command stopped operation because it cannot wait on "
                + "itself. Specify another process and Run your command again.", null, PROCESS_EXCEPTION);
    }

    static ErrorRecord noDebuggerFound(ProcFsProcess process) {
        return record("NoDebuggerFound", "ObjectNotFound", "This command cannot be run because the debugger cannot be "
                + "attached to the process \"" + process.getProcessName() + " (" + process.getId() + ")\". Specify "
                + "another process and Run your command.", process, PROCESS_EXCEPTION);
    }

    /** Debug-Process on Linux: there is no CIM server to ask for the default debugger. */
    static ErrorRecord noDefaultDebugger() {
        return record("GetCimException", "InvalidOperation", "This command cannot attach the debugger to the process "
                + "due to the CIM server (Win32_Process) being unavailable on this platform because no default "
                + "debugger is available.", null, "System.InvalidOperationException");
    }

    /** Start-Process could not start its program. */
    static ErrorRecord cannotStart(String reason) {
        return record("InvalidOperationException", "InvalidOperation", "This command cannot be run due to the error: "
                + reason + ".", null, "System.InvalidOperationException");
    }

    static ErrorRecord sameRedirection(String first, String second) {
        return record("DuplicateEntry", "InvalidOperation", "This command cannot be run because \"" + first
                + "\" and \"" + second + "\" are same. Give different inputs and Run your command again.", null,
                "System.InvalidOperationException");
    }

    static ErrorRecord record(String id, String category, String message, Object target, String type) {
        return new ErrorRecord(new PSRuntimeException(id, category, message, null, type), id, category, target, null);
    }
}
