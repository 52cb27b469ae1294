package dev.jpwsh.engine.exec;

/**
 * The pipe at the end of a host's own pipelines, which formats what reaches it for the host (the console's
 * Out-Default). A native program whose output would go there may write to the host's standard output directly.
 */
public interface DefaultOutputPipe extends Pipe {
}
