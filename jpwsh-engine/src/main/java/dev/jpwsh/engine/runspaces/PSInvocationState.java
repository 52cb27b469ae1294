package dev.jpwsh.engine.runspaces;

/** The state of a {@link PowerShell} invocation. */
public enum PSInvocationState {
    NotStarted, Running, Stopping, Stopped, Completed, Failed, Disconnected
}
