package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Stop-Process: kills the processes -Id, -Name or -InputObject select, as .NET's Process.Kill does on Unix (SIGKILL);
 * -PassThru writes each one stopped. A process that is gone already counts as stopped; one this user may not signal
 * is a CouldNotStopProcess error.
 */
@DefaultParameterSet(StopProcessCommand.ID_SET)
@DotNetName("Microsoft.PowerShell.Commands.StopProcessCommand")
@dev.jpwsh.engine.command.OutputType({"System.Diagnostics.Process"})
@SupportsShouldProcess
public final class StopProcessCommand extends Cmdlet {
    static final String ID_SET = "Id";
    private static final String NAME_SET = "Name";
    private static final String INPUT_SET = "InputObject";

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private Integer[] id;

    @Parameter(parameterSetName = NAME_SET, mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"ProcessName"})
    private String[] name;

    @Parameter(parameterSetName = INPUT_SET, position = 0, mandatory = true, valueFromPipeline = true)
    private ProcFsProcess[] inputObject;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProcessSelection selection = new ProcessSelection(this::writeError);
        selection.addFrom(parameterSetName(), name, id, inputObject);
        for (ProcFsProcess process : selection.sorted()) {
            stop(process);
        }
    }

    private void stop(ProcFsProcess process) {
        if (!shouldProcess(process.getProcessName() + " (" + process.getId() + ")", "Stop-Process")) {
            return;
        }
        var handle = process.handle();
        if (handle.isPresent() && handle.get().isAlive() && !handle.get().destroyForcibly()) {
            writeError(ProcessErrors.couldNotStop(process, "Operation not permitted"));
            return;
        }
        if (passThru) {
            writeObject(process);
        }
    }
}
