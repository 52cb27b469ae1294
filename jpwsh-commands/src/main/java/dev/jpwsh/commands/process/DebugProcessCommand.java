package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Debug-Process: pwsh attaches the system's default debugger through CIM (Win32_Process.AttachDebugger), which
 * Linux does not have; after -WhatIf/-Confirm lets a live process through, each one is a non-terminating
 * GetCimException error naming the process, and process 0 is NoDebuggerFound, as in pwsh.
 */
@DefaultParameterSet(DebugProcessCommand.NAME_SET)
@DotNetName("Microsoft.PowerShell.Commands.DebugProcessCommand")
@SupportsShouldProcess
public final class DebugProcessCommand extends Cmdlet {
    static final String NAME_SET = "Name";
    private static final String ID_SET = "Id";
    private static final String INPUT_SET = "InputObject";

    @Parameter(parameterSetName = NAME_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"ProcessName"})
    private String[] name;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PID", "ProcessId"})
    private Integer[] id;

    @Parameter(parameterSetName = INPUT_SET, mandatory = true, valueFromPipeline = true)
    private ProcFsProcess[] inputObject;

    @Override
    protected void processRecord() {
        ProcessSelection selection = new ProcessSelection(this::writeError);
        selection.addFrom(parameterSetName(), name, id, inputObject);
        for (ProcFsProcess process : selection.sorted()) {
            if (!shouldProcess(process.getProcessName() + " (" + process.getId() + ")", "Debug-Process")) {
                continue;
            }
            if (process.getId() == 0) {
                writeError(ProcessErrors.noDebuggerFound(process));
            } else if (process.handle().map(ProcessHandle::isAlive).orElse(false)) {
                writeError(ProcessErrors.noDefaultDebugger());
            }
        }
    }
}
