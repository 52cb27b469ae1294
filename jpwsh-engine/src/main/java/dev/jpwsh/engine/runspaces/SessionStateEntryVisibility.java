package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * Whether the host may call a command an {@link InitialSessionState} entry defines: a Private one is not found
 * from the top level of a pipeline the host runs, only from the functions and script blocks it calls.
 */
@DotNetName("System.Management.Automation.SessionStateEntryVisibility")
public enum SessionStateEntryVisibility {
    /** Callable from anywhere, the host's own pipelines included: the default. */
    Public,
    /** Hidden from the top level of the host's pipelines; the session's functions and script blocks still call it. */
    Private
}
