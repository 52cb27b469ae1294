package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.runspaces.InteractiveSessionHost;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Exit-PSHostProcess: pops (and closes) the runspace Enter-PSHostProcess pushed; nothing happens when none is. A host
 * that cannot push a runspace gets HostDoesNotSupportIASession, as in pwsh.
 */
@DotNetName("Microsoft.PowerShell.Commands.ExitPSHostProcessCommand")
public final class ExitPSHostProcessCommand extends Cmdlet {
    @Override
    protected void processRecord() {
        if (frame().context().host() instanceof InteractiveSessionHost host) {
            host.popRunspace();
            return;
        }
        writeError(new ErrorRecord(new PSRuntimeException("HostDoesNotSupportIASession", "InvalidArgument",
                "The current host does not support the Exit-PSHostProcess cmdlet.", null, "System.ArgumentException"),
                "HostDoesNotSupportIASession", "InvalidArgument", null, null));
    }
}
