package dev.jpwsh.engine.runspaces;

/** Whether a runspace can take a pipeline now: None unless Opened, then Available or Busy. */
public enum RunspaceAvailability {
    None, Available, AvailableForNestedCommand, Busy, RemoteDebug
}
