package dev.jpwsh.dotnet.threading;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.IAsyncResult: a wait handle that is set once the operation has ended, the state object the caller
 * passed in, and the failure the operation ended with, if any; the caller's callback, if any, is called after
 * the handle is set. {@code failure} is written once, before the handle is set, and read only after it (the
 * handle's monitor orders the two).
 */
@DotNetName("System.IAsyncResult")
public class AsyncResult {
    private final Threading.ManualResetEvent done = new Threading.ManualResetEvent(false);
    private final AsyncCallback callback;
    private final Object state;
    private Throwable failure;

    /** {@code callback} may be null. */
    public AsyncResult(AsyncCallback callback, Object state) {
        this.callback = callback;
        this.state = state;
    }

    /**
     * Ends the operation, with null for success, then calls the callback on this thread. Called once. What the
     * callback throws is nobody's to catch: pwsh's process would end on it; jpwsh hands it to
     * {@link EngineThreads#uncaught}, whatever thread this is. (A callback made from a script block of a session
     * reports its script's errors in that session, and only a block without one, from
     * {@code [scriptblock]::Create}, fails here.)
     */
    public void complete(Throwable error) {
        failure = error;
        done.Set();
        if (callback != null) {
            try {
                callback.Invoke(this);
            } catch (RuntimeException | Error e) {
                EngineThreads.uncaught(Thread.currentThread(), e);
            }
        }
    }

    /** Blocks until the operation has ended and returns its failure, or null. */
    public Throwable await() throws InterruptedException {
        done.WaitOne();
        return failure;
    }

    public Threading.ManualResetEvent getAsyncWaitHandle() {
        return done;
    }

    public boolean getIsCompleted() {
        return done.isSet();
    }

    public Object getAsyncState() {
        return state;
    }

    public boolean getCompletedSynchronously() {
        return false;
    }
}
