package dev.jpwsh.engine.runspaces;

/**
 * What occupies a runspace: a pipeline and the thread running it once it has started, or a
 * SessionStateProxy call (the owner is the proxy; the thread is unused).
 *
 * <p>A stop interrupts the pipeline's thread. It may come before that thread has started (the pipeline is
 * queued but not running yet): it is then remembered and delivered when the thread attaches. {@code thread} and
 * {@code stopped} are guarded by this, and every interrupt for the pipeline is sent under the same lock that
 * {@link #detach} takes to clear the thread's interrupt status, so no stop is lost before the pipeline starts
 * and none reaches the thread after the pipeline has ended (a ReuseThread runspace's next pipeline).
 */
final class RunningPipeline {
    private final Object owner;
    private Thread thread;
    private boolean stopped;

    RunningPipeline(Object owner) {
        this.owner = owner;
    }

    Object owner() {
        return owner;
    }

    boolean isProxyCall() {
        return owner instanceof SessionStateProxy;
    }

    synchronized boolean runsOn(Thread candidate) {
        return thread == candidate;
    }

    /** The calling thread runs the pipeline from now on; interrupted at once if a stop came first. */
    synchronized void attach() {
        thread = Thread.currentThread();
        if (stopped) {
            thread.interrupt();
        }
    }

    /** The pipeline has ended on the calling thread: it is no longer interrupted for it. */
    synchronized void detach() {
        thread = null;
        Thread.interrupted();
    }

    /** Interrupts the pipeline's thread, now or when it attaches. */
    synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
