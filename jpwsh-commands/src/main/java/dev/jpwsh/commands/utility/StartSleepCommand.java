package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;

/** Start-Sleep: waits; a virtual thread blocked here costs no OS thread, and Stop ends the wait and the pipeline. */
@DotNetName("Microsoft.PowerShell.Commands.StartSleepCommand")
public final class StartSleepCommand extends Cmdlet {
    @Parameter(position = 0)
    private Double seconds;

    @Parameter(aliases = {"ms"})
    private Double milliseconds;

    @Override
    protected void endProcessing() {
        long ms = milliseconds != null ? Math.round(milliseconds) : seconds != null ? Math.round(seconds * 1000) : 0;
        try {
            Thread.sleep(Math.max(ms, 0));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw RuntimeFailures.pipelineStopped();
        }
    }
}
