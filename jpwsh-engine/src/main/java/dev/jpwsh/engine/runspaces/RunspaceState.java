package dev.jpwsh.engine.runspaces;

/** System.Management.Automation.Runspaces.RunspaceState; the last three apply to remote runspaces only. */
public enum RunspaceState {
    BeforeOpen, Opening, Opened, Closed, Closing, Broken, Disconnecting, Disconnected, Connecting
}
