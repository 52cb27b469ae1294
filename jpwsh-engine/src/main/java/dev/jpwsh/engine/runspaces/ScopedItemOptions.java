package dev.jpwsh.engine.runspaces;

/** System.Management.Automation.ScopedItemOptions for session state entries. */
public enum ScopedItemOptions {
    None, ReadOnly, Constant, Private, AllScope, Unspecified
}
