package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.types.DotNetName;

/** Get-Job: the session's jobs, by Id; all of them when none is named. */
@DotNetName("Microsoft.PowerShell.Commands.GetJobCommand")
public final class GetJobCommand extends JobSelection {
    @Parameter(position = 0)
    private Object id;

    @Override
    Object ids() {
        return id;
    }

    @Override
    Object jobObjects() {
        return null;
    }

    @Override
    protected void endProcessing() {
        (nothingNamed() ? frame().context().jobs().all() : selectedJobs()).forEach(this::writeObject);
    }
}
