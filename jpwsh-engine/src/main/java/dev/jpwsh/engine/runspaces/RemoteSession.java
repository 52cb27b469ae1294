package dev.jpwsh.engine.runspaces;

import java.util.function.Consumer;

/**
 * The connection of one remote runspace to its server, as a remoting module implements it: the runspace opens and
 * closes it, and each PowerShell invocation on the runspace runs through {@link #invoke}. Implementations are
 * thread-safe: a close or a lost connection may come while an invocation runs on another thread.
 */
public interface RemoteSession {
    /**
     * Connects and opens the server's runspace pool; returns once it is open.
     *
     * @param broken told, once, on a thread of the session's, when the connection is lost after the open has
     *     succeeded (the server ended, the stream broke), with the reason
     * @throws RuntimeException why the open failed (a timeout, no such process, a refusal by the server)
     */
    void open(Consumer<RuntimeException> broken);

    /** Closes the server's pool and the connection; a session already closed or broken is left as it is. */
    void close();

    /**
     * Runs {@code invocation}'s commands on the server and returns when the server says they ended, having given
     * every output item and stream record to {@code invocation} as it came. An interrupt of the calling thread asks
     * the server to stop them; the call then returns once the server has stopped them.
     *
     * @param invocation the commands, their input and where their results go
     * @throws RuntimeException the terminating error the commands ended with, or why the connection broke
     */
    void invoke(RemoteInvocation invocation);

    /** {@return whether the connection can be dropped and made again with the server's pool kept meanwhile} */
    default boolean canDisconnect() {
        return false;
    }

    /**
     * Drops the connection; the server keeps the pool and its running commands, their output queued there. Only when
     * {@link #canDisconnect()}.
     */
    default void disconnect() {
        throw new UnsupportedOperationException("disconnect");
    }

    /**
     * Connects again to the pool {@link #disconnect()} left; invocations still waiting get their queued output.
     *
     * @throws RuntimeException why the server's pool could not be reached (the server ended, it no longer keeps it)
     */
    default void connect() {
        throw new UnsupportedOperationException("connect");
    }
}
