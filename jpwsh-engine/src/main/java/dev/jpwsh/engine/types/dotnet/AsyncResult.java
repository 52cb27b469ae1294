package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.engine.types.DotNetName;

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
     * callback throws goes to this thread's uncaught-exception handler, as an executor's task failure does.
     */
    public void complete(Throwable error) {
        failure = error;
        done.Set();
        if (callback != null) {
            try {
                callback.Invoke(this);
            } catch (RuntimeException | Error e) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
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
