package dev.jpwsh.engine.job;

import dev.jpwsh.runtime.object.DotNetName;

/** {@code System.Management.Automation.JobState}, in .NET's order (NotStarted = 0 ... AtBreakpoint = 10). */
@DotNetName("System.Management.Automation.JobState")
public enum JobState {
    /** Created and not yet running; an event job stays here until its first event. */
    NotStarted,
    /** Running; an event job runs from its first event until its subscription ends. */
    Running,
    /** Ended normally. */
    Completed,
    /** Ended by a terminating error; JobStateInfo.Reason says which (an event job's Reason stays null). */
    Failed,
    /** Ended by Stop-Job; an event job also when its subscription ends. */
    Stopped,
    /** Waiting for the host to answer, as remote jobs do in pwsh. */
    Blocked,
    /** Paused, to be resumed later (Suspend-Job). */
    Suspended,
    /** Its remote session is disconnected. */
    Disconnected,
    /** On its way to Suspended. */
    Suspending,
    /** On its way to Stopped. */
    Stopping,
    /** Stopped at a debugger breakpoint. */
    AtBreakpoint;

    /**
     * Completed, Failed or Stopped: the job will not run again.
     *
     * @return whether this is Completed, Failed or Stopped
     */
    public boolean isFinished() {
        return this == Completed || this == Failed || this == Stopped;
    }

    /**
     * Finished, Suspended or Disconnected: the job will not change again without someone acting on it.
     *
     * @return whether this is a finished state, Suspended or Disconnected
     */
    public boolean isPersistent() {
        return isFinished() || this == Suspended || this == Disconnected;
    }
}
