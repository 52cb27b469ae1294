package dev.jpwsh.engine.runspaces;

/** How a pipeline stands or ended, as a history entry's ExecutionStatus gives it. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Runspaces.PipelineState")
public enum PipelineState {
    NotStarted,
    Running,
    Stopping,
    Stopped,
    Completed,
    Failed,
    Disconnected
}
