package dev.jpwsh.remoting.client;

import dev.jpwsh.remoting.protocol.Connection;

/**
 * How a {@link ClientSession} reaches its server: a process pipe's socket, a child process's standard streams. The
 * session runs the protocol on the connection it gets and asks the transport how to report its loss.
 */
interface ClientTransport {
    /**
     * {@return a connection to the server, made before {@code deadline}}
     *
     * @param deadline the {@link System#nanoTime()} by which the server must have been reached
     * @throws RuntimeException pwsh's error for a server that cannot be reached
     */
    Connection connect(long deadline);

    /** {@return the error a command gets, and the runspace breaks with, when the connection is lost} */
    RuntimeException lost();

    /** {@return whether a new connection can reach the same server again, for Disconnect and Connect} */
    default boolean reconnectable() {
        return false;
    }
}
