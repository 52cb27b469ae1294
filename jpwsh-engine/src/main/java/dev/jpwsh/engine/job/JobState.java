package dev.jpwsh.engine.job;

import dev.jpwsh.engine.types.DotNetName;

/** {@code System.Management.Automation.JobState}, in .NET's order (NotStarted = 0 ... AtBreakpoint = 10). */
@DotNetName("System.Management.Automation.JobState")
public enum JobState {
    NotStarted, Running, Completed, Failed, Stopped, Blocked, Suspended, Disconnected, Suspending, Stopping,
    AtBreakpoint;

    /** Completed, Failed or Stopped: the job will not run again. */
    public boolean isFinished() {
        return this == Completed || this == Failed || this == Stopped;
    }

    /** Finished, Suspended or Disconnected: the job will not change again without someone acting on it. */
    public boolean isPersistent() {
        return isFinished() || this == Suspended || this == Disconnected;
    }
}
