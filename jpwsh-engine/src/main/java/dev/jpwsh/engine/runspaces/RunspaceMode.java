package dev.jpwsh.engine.runspaces;

/** For {@link PowerShell#create(RunspaceMode)}: a new runspace of its own, or the thread's current one. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.RunspaceMode")
public enum RunspaceMode {
    /** The calling thread's runspace, nested in its running pipeline; none fails with NoDefaultRunspaceForPSCreate. */
    CurrentRunspace,
    /** A runspace of its own, made and opened on first use, as {@link PowerShell#create()} gives. */
    NewRunspace
}
