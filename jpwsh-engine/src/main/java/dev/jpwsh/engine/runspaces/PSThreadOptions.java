package dev.jpwsh.engine.runspaces;

/**
 * Which thread runs a runspace's pipelines: Default (UseNewThread for a runspace, ReuseThread for a pool member),
 * a new virtual thread per invocation, one reused thread per runspace, or the caller's thread.
 */
public enum PSThreadOptions {
    Default, UseNewThread, ReuseThread, UseCurrentThread
}
