package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-Host: the host the session runs in, the object {@code $Host} holds. */
@DotNetName("Microsoft.PowerShell.Commands.GetHostCommand")
public final class GetHostCommand extends Cmdlet {
    @Override
    protected void endProcessing() {
        writeObject(frame().context().host());
    }
}
