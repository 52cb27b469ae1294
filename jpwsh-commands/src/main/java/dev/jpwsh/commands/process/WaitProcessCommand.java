package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * Wait-Process: waits until every process -Name, -Id or -InputObject selects has ended (with -Any, the first), at
 * most -Timeout seconds; a process still running then is a ProcessNotTerminated error. -PassThru writes the
 * processes waited for. Stopping the pipeline ends the wait.
 */
@DefaultParameterSet(WaitProcessCommand.NAME_SET)
@DotNetName("Microsoft.PowerShell.Commands.WaitProcessCommand")
@dev.jpwsh.engine.command.OutputType({"System.Diagnostics.Process"})
public final class WaitProcessCommand extends Cmdlet {
    static final String NAME_SET = "Name";
    private static final String ID_SET = "Id";
    private static final String INPUT_SET = "InputObject";
    private static final long POLL_MILLIS = 50;

    @Parameter(parameterSetName = NAME_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"ProcessName"})
    private String[] name;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PID", "ProcessId"})
    private Integer[] id;

    @Parameter(parameterSetName = INPUT_SET, position = 0, mandatory = true, valueFromPipeline = true)
    private ProcFsProcess[] inputObject;

    @Parameter(position = 1, aliases = {"TimeoutSec"})
    @ValidateRange(min = 0, max = 32767)
    private Integer timeout;

    @Parameter
    private boolean any;

    @Parameter
    private boolean passThru;

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
        List<ProcFsProcess> waited = selection.sorted();
        long self = ProcessHandle.current().pid();
        if (waited.stream().anyMatch(p -> p.getId() == self)) {
            throw terminatingError(ProcessErrors.waitOnItself());
        }
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout * 1_000_000_000L;
        List<ProcFsProcess> running = new ArrayList<>(waited);
        while (!running.isEmpty()) {
            int before = running.size();
            running.removeIf(ProcFsProcess::getHasExited);
            if (any && running.size() < waited.size() || running.isEmpty()) {
                break;
            }
            if (System.nanoTime() >= deadline) {
                running.forEach(p -> writeError(ProcessErrors.notStoppedInTime(p)));
                break;
            }
            if (running.size() == before) {
                pause();
            }
        }
        if (passThru) {
            waited.forEach(this::writeObject);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
        }
    }
}
