package dev.jpwsh.remoting.server;

import dev.jpwsh.remoting.protocol.Connection;
import dev.jpwsh.remoting.wire.Message;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.UUID;

/**
 * Where a session's messages go: its client's connection while one is attached; while the client is disconnected, a
 * queue of at most {@value #MAX_PENDING} messages, after which a sender (a pipeline writing output) waits until the
 * client reconnects or the session closes, as pwsh's server blocks a disconnected command whose output buffer is
 * full. Reconnecting sends the queued messages first, in order.
 *
 * <p>{@code connection}, {@code pending}, {@code inFlight} and {@code closed} are guarded by this; messages go to a
 * connection outside the lock (a full connection blocks its sender, never the session).
 */
final class SessionOutbox {
    /** How many messages a disconnected session keeps for its client. */
    static final int MAX_PENDING = 4096;

    private record Pending(Message message, UUID psGuid) {
    }

    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private Connection connection;
    /** How many senders are giving a message to the connection outside the lock. */
    private int inFlight;
    private boolean closed;

    SessionOutbox(Connection connection) {
        this.connection = connection;
    }

    /**
     * Sends {@code message} on {@code psGuid}'s stream, or queues it while no client is attached.
     *
     * @throws IOException if the session is closed, or sending failed
     */
    void send(Message message, UUID psGuid) throws IOException {
        Connection target;
        synchronized (this) {
            while (connection == null && !closed && pending.size() >= MAX_PENDING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("stopped while waiting for the client to reconnect");
                }
            }
            if (closed) {
                throw new IOException("The session is closed.");
            }
            if (connection == null) {
                pending.add(new Pending(message, psGuid));
                return;
            }
            target = connection;
            inFlight++;
        }
        try {
            target.send(message, psGuid);
        } catch (IOException failed) {
            synchronized (this) {
                if (connection == target || closed) {
                    throw failed;
                }
                pending.add(new Pending(message, psGuid));
            }
        } finally {
            synchronized (this) {
                inFlight--;
                notifyAll();
            }
        }
    }

    /**
     * The client is going, or gone: later messages are queued. Returns once the messages already being sent are in
     * the connection's queue (or queued here, when the connection failed under them), so that whatever the server
     * sends on the connection after this comes after every message sent on it before.
     */
    synchronized void detach() {
        connection = null;
        while (inFlight > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The client is back on {@code to}: the queued messages are sent to it, then later ones.
     *
     * @throws IOException if sending the queued messages fails
     */
    synchronized void attach(Connection to) throws IOException {
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            to.send(next.message(), next.psGuid());
        }
        connection = to;
        notifyAll();
    }

    /** The session is over: queued messages are dropped and waiting senders fail. */
    synchronized void close() {
        closed = true;
        pending.clear();
        notifyAll();
    }
}
