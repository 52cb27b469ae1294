package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.engine.types.DotNetName;

/**
 * System.IAsyncResult: a wait handle that is set once the operation has ended, the state object the caller
 * passed in, and the failure the operation ended with, if any. {@code failure} is written once, before the
 * handle is set, and read only after it (the handle's monitor orders the two).
 */
@DotNetName("System.IAsyncResult")
public class AsyncResult {
    private final Threading.ManualResetEvent done = new Threading.ManualResetEvent(false);
    private final Object state;
    private Throwable failure;

    public AsyncResult(Object state) {
        this.state = state;
    }

    /** Ends the operation, with null for success. Called once. */
    public void complete(Throwable error) {
        failure = error;
        done.Set();
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
