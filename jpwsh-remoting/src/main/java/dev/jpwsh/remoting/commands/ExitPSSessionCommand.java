package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.runtime.object.DotNetName;

/** Exit-PSSession: see {@link EnterPSSessionCommand}. */
@DotNetName("Microsoft.PowerShell.Commands.ExitPSSessionCommand")
public final class ExitPSSessionCommand extends Cmdlet {
    @Override
    protected void processRecord() {
        writeError(EnterPSSessionCommand.notSupported());
    }
}
