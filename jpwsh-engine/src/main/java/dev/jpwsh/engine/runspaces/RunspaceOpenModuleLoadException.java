package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.List;

/**
 * Open failed because a module (or a startup script) of the initial session state did not load, and the state
 * says ThrowOnRunspaceOpenError: the message gives the first error, {@link #getErrorRecords()} all of them.
 */
public final class RunspaceOpenModuleLoadException extends PSRuntimeException {
    /** Every error the loading reported, in order. */
    private final List<ErrorRecord> errorRecords;

    RunspaceOpenModuleLoadException(String module, List<ErrorRecord> errorRecords) {
        super("ErrorLoadingModulesOnRunspaceOpen", "OpenError", "One or more errors occurred processing the module '"
                + module + "' specified in the InitialSessionState object used to create this runspace. See the "
                + "ErrorRecords property for a complete list of errors. The first error was: "
                + errorRecords.getFirst().message(), null,
                "System.Management.Automation.Runspaces.RunspaceOpenModuleLoadException");
        this.errorRecords = List.copyOf(errorRecords);
    }

    /** {@return {@code ErrorRecords}: every error the loading reported, in order} */
    public List<ErrorRecord> getErrorRecords() {
        return errorRecords;
    }
}
