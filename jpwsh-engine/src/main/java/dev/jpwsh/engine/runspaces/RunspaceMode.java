package dev.jpwsh.engine.runspaces;

/** For {@link PowerShell#create(RunspaceMode)}: a new runspace of its own, or the thread's current one. */
public enum RunspaceMode {
    CurrentRunspace, NewRunspace
}
