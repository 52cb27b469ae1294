package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * New-PSSessionOption as pwsh has it on Linux: only -SkipCACheck and -SkipCNCheck (its other parameters are
 * Windows-only); writes a {@link PSSessionOption} with them set and the rest at pwsh's defaults.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewPSSessionOptionCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.Remoting.PSSessionOption"})
public final class NewPSSessionOptionCommand extends Cmdlet {
    @Parameter
    private boolean skipCACheck;

    @Parameter
    private boolean skipCNCheck;

    @Override
    protected void endProcessing() {
        PSSessionOption option = new PSSessionOption();
        option.setSkipCACheck(skipCACheck);
        option.setSkipCNCheck(skipCNCheck);
        writeObject(option);
    }
}
