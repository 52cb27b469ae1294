package dev.jpwsh.engine.runspaces;

/** System.Management.Automation.Runspaces.RunspaceState; the last three apply to remote runspaces only. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Runspaces.RunspaceState")
public enum RunspaceState {
    /** Created and not opened yet: the only state Open and OpenAsync accept. */
    BeforeOpen,
    /** Open or OpenAsync is building the session (a pool: opening its first runspace). */
    Opening,
    /** Open succeeded: pipelines and SessionStateProxy calls can run. */
    Opened,
    /** Close or Dispose has finished; final, as a closed runspace cannot be opened again (CannotOpenAgain). */
    Closed,
    /** Close or Dispose is stopping the running pipeline and ending the session. */
    Closing,
    /** Open failed, or a module or startup script failed with ThrowOnRunspaceOpenError set; final, Reason says why. */
    Broken,
    /** A remote runspace is disconnecting from its server; never reached by a local runspace. */
    Disconnecting,
    /** A remote runspace is disconnected from its server; never reached by a local runspace. */
    Disconnected,
    /** A remote runspace is reconnecting to its server; never reached by a local runspace. */
    Connecting
}
