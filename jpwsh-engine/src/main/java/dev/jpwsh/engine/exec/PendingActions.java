package dev.jpwsh.engine.exec;

/**
 * A session's queue of engine event actions and posted callbacks, as the interpreter core sees it: statements
 * give it a checkpoint and script blocks called back from other threads are posted to it. The engine events of
 * the services layer implement it and the hosting layer installs them in the session
 * ({@link ExecutionContext#setPendingActions}).
 */
public interface PendingActions {
    /** A session without engine events: no checkpoint has anything to run, and nothing can be posted. */
    PendingActions NONE = new PendingActions() {
        @Override
        public void checkpoint() {
        }

        @Override
        public boolean hasPendingActions() {
            return false;
        }

        @Override
        public void post(ScriptBlock callback, Object... args) {
            throw new IllegalStateException("the session has no engine events to run a callback");
        }
    };

    /** A statement checkpoint: runs a few pending actions; cheap when none are pending. */
    void checkpoint();

    /** {@return whether actions or posted callbacks are waiting for a checkpoint} */
    boolean hasPendingActions();

    /**
     * Runs {@code callback} with {@code args} on the session's thread: at once when called there, else as a one-off
     * action at its next checkpoint or when it is idle.
     */
    void post(ScriptBlock callback, Object... args);
}
