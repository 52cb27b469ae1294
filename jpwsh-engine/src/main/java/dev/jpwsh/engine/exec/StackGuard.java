package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/**
 * Ends runaway recursion in a ScriptCallDepthException before the thread's stack runs out, as pwsh's
 * {@code ExecutionContext.CheckStackDepth} does with {@code RuntimeHelpers.EnsureSufficientExecutionStack}: there is
 * no fixed maximum depth, the limit is the stack of the thread the pipeline runs on.
 *
 * <p>Java has no cheap way to ask how much stack is left, so {@link #ensureSufficientStack} probes: it recurses a
 * fixed number of trivial frames (a few tens of kilobytes even when compiled) and turns a StackOverflowError there
 * into the PowerShell error. The overflow can only happen inside the probe, in code that holds no lock, initialises
 * no class and leaves no state behind, and the error is raised with the probe's stack still free. An overflow
 * anywhere else (in a class initialiser or a call-site bootstrap) can break that class for the whole JVM, which is
 * why the engine must not rely on catching it.
 *
 * <p>A probe costs a few microseconds, so calls probe only from {@value #PROBED_FROM} nested script calls on
 * (every thread jpwsh runs pipelines on fits that many), and then at every {@value #PROBE_EVERY}th level: the levels
 * in between use far less stack than the probe leaves free.
 */
public final class StackGuard {
    /** The nesting depth of script calls from which calls probe the stack. */
    static final int PROBED_FROM = 64;
    /** How many levels apart the probes are (a power of two). */
    static final int PROBE_EVERY = 8;
    /** How deep the probe recurses: at least 16 bytes a frame, so at least 64 KB of stack must be free. */
    private static final int PROBE_FRAMES = 4096;

    private StackGuard() {
    }

    /** Called on entering the script call at nesting {@code depth}: probes the stack when that depth is due. */
    static void enter(int depth) {
        if (depth >= PROBED_FROM && (depth & (PROBE_EVERY - 1)) == 0) {
            ensureSufficientStack();
        }
    }

    /** Throws the call depth overflow error when less stack is left than the probe needs. */
    public static void ensureSufficientStack() {
        boolean overflow = false;
        try {
            probe(PROBE_FRAMES);
        } catch (StackOverflowError tooDeep) {
            overflow = true;
        }
        if (overflow) {
            throw callDepthOverflow();
        }
    }

    private static int probe(int frames) {
        return frames == 0 ? 0 : probe(frames - 1) + 1;
    }

    /**
     * pwsh's ScriptCallDepthException: error id CallDepthOverflow, category InvalidOperation, target the call depth
     * (always 0 in pwsh 7, which counts none). pwsh's statements catch every exception
     * ({@code ExceptionHandlingOps.CheckActionPreference}), so it ends only the statement that made the deepest call,
     * whose position it gets: unless a try or trap is waiting, it is reported there and the calls unwind normally.
     */
    public static PSException callDepthOverflow() {
        return new PSException(new ErrorRecord(new PSRuntimeException("CallDepthOverflow", "InvalidOperation",
                "The script failed due to call depth overflow.", null,
                "System.Management.Automation.ScriptCallDepthException"), "CallDepthOverflow", "InvalidOperation", 0,
                null));
    }
}
