package dev.jpwsh.remoting.client;

import dev.jpwsh.remoting.protocol.Connection;

/**
 * How a {@link ClientSession} reaches its server: the per-process socket of a local process, a child process's
 * standard streams (a Start-Job job's), or an {@code ssh} client process. Each transport words its own failures as pwsh's transport manager for it does.
 */
interface Transport {
    /**
     * Opens the byte stream to the server.
     *
     * @param deadlineNanos when to give up, on {@link System#nanoTime()}'s clock
     * @return the connection, which the session closes
     * @throws RuntimeException why it could not connect, as pwsh's error for this transport
     */
    Connection connect(long deadlineNanos);

    /** {@return the error a command or an open fails with when the stream ends under it} */
    RuntimeException lost();

    /** {@return the error an open fails with when the server has not answered by the deadline} */
    RuntimeException timedOut();

    /** {@return whether a new connection can reach the same server again, for Disconnect and Connect} */
    default boolean reconnectable() {
        return false;
    }
}
