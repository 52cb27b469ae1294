package dev.jpwsh.commands.discovery;

import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.PSTypeName;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;
import java.time.Duration;

/**
 * Measure-Command: runs -Expression in the caller's scope once per input object (with {@code $_} set to it), or once
 * without input, discarding its output, and writes the total time as a TimeSpan.
 */
@dev.jpwsh.engine.command.OutputType({"System.TimeSpan"})
@DotNetName("Microsoft.PowerShell.Commands.MeasureCommandCommand")
public final class MeasureCommandCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    @PSTypeName("psobject")
    private Object inputObject;

    @Parameter(position = 0, mandatory = true)
    private ScriptBlock expression;

    private long elapsedNanos;

    @Override
    protected void processRecord() {
        long start = System.nanoTime();
        try {
            expression.invokeInScope(frame(), inputObject, Pipe.NULL);
        } finally {
            elapsedNanos += System.nanoTime() - start;
        }
    }

    @Override
    protected void endProcessing() {
        writeObject(new TimeSpan(Duration.ofNanos(elapsedNanos / 100 * 100)));
    }
}
