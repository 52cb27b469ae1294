package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Out-Host: writes its input to the host as Out-Default shows it, and nothing to the pipeline. jpwsh's hosts have
 * no screen to fill, so -Paging never has to pause.
 */
@DotNetName("Microsoft.PowerShell.Commands.OutHostCommand")
public final class OutHostCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private boolean paging;

    private HostLines lines;

    @Override
    protected void beginProcessing() {
        lines = new HostLines(frame(), ui()::writeLine);
    }

    @Override
    protected void processRecord() {
        lines.write(inputObject);
    }

    @Override
    protected void endProcessing() {
        lines.end();
    }
}
