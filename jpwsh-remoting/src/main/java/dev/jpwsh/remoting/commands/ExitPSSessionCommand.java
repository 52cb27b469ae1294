package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.runspaces.InteractiveSessionHost;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Exit-PSSession: pops the runspace Enter-PSSession pushed (typed at the remote prompt, the console pops it itself);
 * a host that cannot push one gets the error {@link EnterPSSessionCommand} gives.
 */
@DotNetName("Microsoft.PowerShell.Commands.ExitPSSessionCommand")
public final class ExitPSSessionCommand extends Cmdlet {
    @Override
    protected void processRecord() {
        if (frame().context().host() instanceof InteractiveSessionHost host && host.getIsRunspacePushed()) {
            host.popRunspace();
            return;
        }
        writeError(EnterPSSessionCommand.notSupported());
    }
}
