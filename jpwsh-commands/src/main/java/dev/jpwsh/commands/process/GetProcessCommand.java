package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Get-Process: the running processes, or those -Name (wildcards, any case), -Id or -InputObject select, each once,
 * sorted by name then id. A name without wildcards or an id that selects nothing is a non-terminating error.
 * -IncludeUserName adds each process's owner.
 */
@DefaultParameterSet(GetProcessCommand.NAME_SET)
@DotNetName("Microsoft.PowerShell.Commands.GetProcessCommand")
@dev.jpwsh.engine.command.OutputType({
        "System.Diagnostics.ProcessModule",
        "System.Diagnostics.FileVersionInfo",
        "System.Diagnostics.Process"})
public final class GetProcessCommand extends Cmdlet {
    static final String NAME_SET = "Name";
    private static final String ID_SET = "Id";
    private static final String INPUT_SET = "InputObject";

    @Parameter(parameterSetName = NAME_SET, position = 0, valueFromPipelineByPropertyName = true,
            aliases = {"ProcessName"})
    private String[] name;

    @Parameter(parameterSetName = ID_SET, mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PID"})
    private Integer[] id;

    @Parameter(parameterSetName = INPUT_SET, mandatory = true, valueFromPipeline = true)
    private ProcFsProcess[] inputObject;

    @Parameter
    private boolean includeUserName;

    private ProcessSelection selection;

    @Override
    protected void beginProcessing() {
        selection = new ProcessSelection(this::writeError);
    }

    @Override
    protected void processRecord() {
        selection.addFrom(parameterSetName(), name, id, inputObject);
    }

    @Override
    protected void endProcessing() {
        for (ProcFsProcess process : selection.sorted()) {
            writeObject(includeUserName ? process.withUserName() : process);
        }
    }
}
