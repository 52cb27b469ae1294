package dev.jpwsh.engine.runspaces;

/** The state of a {@link PowerShell} invocation. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSInvocationState")
public enum PSInvocationState {
    /** A new PowerShell that has been neither invoked nor stopped yet. */
    NotStarted,
    /** Invoke or BeginInvoke started the commands; with a pool, also while waiting for a free runspace. */
    Running,
    /** Stop was called while Running; the invocation ends Stopped once its pipeline has ended. */
    Stopping,
    /** Stop ended it; Reason is a PipelineStoppedException, or null when it was stopped before it ever ran. */
    Stopped,
    /** The commands ran to their end, whatever non-terminating errors they wrote. */
    Completed,
    /** A terminating error ended it, or it got no runspace to run in; Reason holds the exception. */
    Failed,
    /** A remote command whose runspace disconnected; never reached by a local invocation. */
    Disconnected
}
