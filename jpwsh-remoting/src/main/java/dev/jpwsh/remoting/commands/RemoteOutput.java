package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.remoting.client.PSRemotingTransportException;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSObject;

/** What Invoke-Command does to what comes back from a computer: hidden computer names, errors named by computer. */
final class RemoteOutput {
    private RemoteOutput() {
    }

    /** {@code item} with PSShowComputerName false (-HideComputerName): the views then leave PSComputerName out. */
    static Object hidden(Object item) {
        if (item instanceof PSObject bag) {
            bag.set("PSShowComputerName", false);
        } else if (item != null && InstanceMembers.of(item) != null) {
            InstanceMembers.forUpdate(item).remove("PSShowComputerName");
            InstanceMembers.forUpdate(item).add(new dev.jpwsh.runtime.object.PSMember(
                    dev.jpwsh.runtime.object.PSMemberTypes.NoteProperty, "PSShowComputerName", false, null));
        }
        return item;
    }

    /**
     * The error a child writes when it cannot connect or its connection breaks: {@code [computer] message}, category
     * OpenError, as pwsh reports a session that failed; a terminating error of the command itself as it is.
     */
    static ErrorRecord failureRecord(RuntimeException failure, String computerName) {
        if (failure instanceof PSException ps) {
            return ps.record();
        }
        String message = "[" + computerName + "] " + failure.getMessage();
        PSRuntimeException named = failure instanceof PSRuntimeException p && !(p instanceof
                PSRemotingTransportException) ? new PSRuntimeException(p.errorId(), p.category(), message, null,
                p.dotNetType()) : new PSRemotingTransportException(failure instanceof PSRuntimeException p
                ? p.errorId() : "PSSessionStateBroken", message);
        return new ErrorRecord(named, named.errorId(), "OpenError", computerName, null);
    }
}
