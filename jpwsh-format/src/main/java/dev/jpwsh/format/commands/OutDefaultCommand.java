package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Out-Default as a command: formats its input as the host's own Out-Default does and writes the lines to the host
 * as they are rendered. With -Transcript the output is meant for the transcript alone; jpwsh's transcripts record
 * what the host shows, so such output is not shown.
 */
@DotNetName("Microsoft.PowerShell.Commands.OutDefaultCommand")
public final class OutDefaultCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private boolean transcript;

    private HostLines lines;

    @Override
    protected void beginProcessing() {
        lines = new HostLines(frame(), transcript ? line -> { } : ui()::writeLine);
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
