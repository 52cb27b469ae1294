package dev.jpwsh.engine.runspaces;

/**
 * Which thread runs a runspace's pipelines: Default (UseNewThread for a runspace, ReuseThread for a pool member),
 * a new virtual thread per invocation, one reused thread per runspace, or the caller's thread.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Runspaces.PSThreadOptions")
public enum PSThreadOptions {
    /** Unset: a runspace behaves as UseNewThread, a pool gives its members ReuseThread. */
    Default,
    /** Each top-level invocation runs on a new virtual thread; a synchronous Invoke waits for it. */
    UseNewThread,
    /** Every invocation runs on the runspace's one worker thread, made on first use and ended by Close. */
    ReuseThread,
    /** Invocations run on the calling thread, so BeginInvoke runs the whole invocation before it returns. */
    UseCurrentThread
}
