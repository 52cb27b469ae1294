package dev.jpwsh.engine.runspaces;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.runtime.object.DotNetName;

/** One entry of a session's history: its id, command line, how it ended and when it ran. */
@DotNetName("Microsoft.PowerShell.Commands.HistoryInfo")
public final class HistoryInfo {
    private final long id;
    private final String commandLine;
    private PipelineState executionStatus;
    private final DateTime startExecutionTime;
    private DateTime endExecutionTime;

    public HistoryInfo(long id, String commandLine, PipelineState executionStatus, DateTime start, DateTime end) {
        this.id = id;
        this.commandLine = commandLine;
        this.executionStatus = executionStatus;
        this.startExecutionTime = start;
        this.endExecutionTime = end;
    }

    /** This entry under a new id, as Add-History gives an entry it adds. */
    HistoryInfo withId(long newId) {
        return new HistoryInfo(newId, commandLine, executionStatus, startExecutionTime, endExecutionTime);
    }

    /** Ends an entry added while its commands run ({@code Running}): how they ended, and when. */
    void finish(PipelineState status, DateTime end) {
        executionStatus = status;
        endExecutionTime = end;
    }

    public long getId() {
        return id;
    }

    public String getCommandLine() {
        return commandLine;
    }

    public PipelineState getExecutionStatus() {
        return executionStatus;
    }

    public DateTime getStartExecutionTime() {
        return startExecutionTime;
    }

    public DateTime getEndExecutionTime() {
        return endExecutionTime;
    }

    public Object getDuration() {
        return endExecutionTime.subtract(startExecutionTime);
    }

    @Override
    public String toString() {
        return commandLine;
    }
}
