package dev.jpwsh.engine.runspaces;

/** Whether a runspace can take a pipeline now: None unless Opened, then Available or Busy. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Runspaces.RunspaceAvailability")
public enum RunspaceAvailability {
    /** Not Opened: BeforeOpen, Opening, Closing, Closed or Broken (also a pool that is not Opened). */
    None,
    /** Opened and idle, so a pipeline can start; a SessionStateProxy call in progress does not change it. */
    Available,
    /** Opened, in a nested prompt or stopped at a breakpoint; jpwsh never reports it. */
    AvailableForNestedCommand,
    /** A pipeline is running; another top-level one fails with ConcurrentInvokeNotAllowed. */
    Busy,
    /** A remote runspace whose command is stopped in the debugger; never reported for a local runspace. */
    RemoteDebug
}
