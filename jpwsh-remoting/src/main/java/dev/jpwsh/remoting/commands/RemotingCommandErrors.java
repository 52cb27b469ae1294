package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/** The errors of the session cmdlets and Invoke-Command, with pwsh's ids and RemotingErrorIdStrings messages. */
final class RemotingCommandErrors {
    private RemotingCommandErrors() {
    }

    /** A session in -Session that is not Opened: InvokeCommandCommandInvalidSessionState, non-terminating. */
    static ErrorRecord sessionNotOpen(PSSession session) {
        String message = "Because the session state for session " + session.getName() + ", "
                + session.getInstanceId() + ", " + session.getComputerName() + " is not equal to Open, you cannot "
                + "run a command in the session.  The session state is " + session.getState() + ".";
        return new ErrorRecord(new PSRuntimeException("InvokeCommandCommandInvalidSessionState", "InvalidOperation",
                message, null, "System.Management.Automation.Runspaces.InvalidRunspaceStateException"),
                "InvokeCommandCommandInvalidSessionState", "InvalidOperation", session, null);
    }

    /** A session in -Session that is Opened but busy: InvokeCommandCommandInvalidSessionAvailability. */
    static ErrorRecord sessionNotAvailable(PSSession session) {
        String message = "The session " + session.getName() + ", " + session.getInstanceId() + ", "
                + session.getComputerName() + " is not available to run commands.  The session availability is "
                + session.getAvailability() + ".";
        return new ErrorRecord(new PSRuntimeException("InvokeCommandCommandInvalidSessionAvailability",
                "InvalidOperation", message, null, "System.Management.Automation.Runspaces.InvalidRunspaceStateException"),
                "InvokeCommandCommandInvalidSessionAvailability", "InvalidOperation", session, null);
    }

    /** No session of -Session could run the command: PSInvalidOperationException, terminating. */
    static PSException noValidSessions() {
        return RuntimeFailures.create("InvalidOperation", "InvalidOperation", "No valid sessions were specified.  "
                + "Ensure you provide valid sessions that are in the Opened state and are available to run "
                + "commands.", null, "System.Management.Automation.PSInvalidOperationException");
    }

    /**
     * {@code -SSHTransport:$false}: the switch only takes true (pwsh declares it with ValidateSet("true")), a
     * terminating ParameterArgumentValidationError.
     */
    static PSException sshTransportFalse() {
        return RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData", "Cannot validate argument "
                + "on parameter 'SSHTransport'. The argument \"False\" does not belong to the set \"true\" specified "
                + "by the ValidateSet attribute. Supply an argument that is in the set and then try the command "
                + "again.", false, "System.Management.Automation.ParameterBindingValidationException");
    }

    /** -FilePath names no file. */
    static PSException fileNotFound(String path) {
        return RuntimeFailures.create("PathNotFound", "ObjectNotFound", "Cannot find path '" + path
                + "' because it does not exist.", path, "System.Management.Automation.ItemNotFoundException");
    }

    /** The session -Id, -Name, -InstanceId or -ComputerName asked for is not listed. */
    static ErrorRecord noSuchSession(String id, String message, Object target) {
        return new ErrorRecord(new PSRuntimeException(id, "InvalidArgument", message, null,
                "System.ArgumentException"), id, "InvalidArgument", target, null);
    }

    /** A New-PSSession whose connection failed: {@code [computer] reason}, PSSessionOpenFailed. */
    static ErrorRecord openFailed(RuntimeException failure, String computerName) {
        ErrorRecord record = RemoteOutput.failureRecord(failure, computerName);
        return new ErrorRecord(record.exception(), "PSSessionOpenFailed", "OpenError", computerName, null);
    }

    /**
     * A -ComputerName (WSMan) parameter set: pwsh on Linux has no WSMan client library and fails with this
     * PSRemotingTransportException, terminating.
     */
    static PSException wsmanUnavailable() {
        return RuntimeFailures.create("System.Management.Automation.Remoting.PSRemotingDataStructureException",
                "ResourceUnavailable", "This parameter set requires WSMan, and no supported WSMan client library was "
                + "found. WSMan is either not installed or unavailable for this system.", null,
                "System.Management.Automation.Remoting.PSRemotingTransportException");
    }

    /** -InDisconnectedSession with -AsJob: an InvalidOperationException out of the command. */
    static PSException asJobAndDisconnected() {
        return invalidOperation("You cannot use the Invoke-Command cmdlet with both the AsJob and Disconnected "
                + "parameters in the same command.");
    }

    /** -SessionName without -InDisconnectedSession: an InvalidOperationException out of the command. */
    static PSException sessionNameWithoutDisconnected() {
        return invalidOperation("The SessionName parameter can only be used with the Disconnected switch parameter.");
    }

    private static PSException invalidOperation(String message) {
        return RuntimeFailures.create("System.InvalidOperationException", "InvalidOperation", message, null,
                "System.InvalidOperationException");
    }
}
