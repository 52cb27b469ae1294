package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Set-StrictMode: records the strict-mode version in the current scope ({@code -Off} clears it). */
@DotNetName("Microsoft.PowerShell.Commands.SetStrictModeCommand")
public final class SetStrictModeCommand extends Cmdlet {
    @Parameter
    private String version;

    @Parameter
    private boolean off;

    @Override
    protected void endProcessing() {
        frame().setLocal(dev.jpwsh.engine.node.StrictMode.VARIABLE, off ? null : version);
    }
}
