package dev.jpwsh.engine.types.dotnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;

/**
 * System.Net.Sockets.TcpClient over a {@link Socket}: Connect blocks; BeginConnect connects on a virtual thread
 * and returns a {@link ConnectResult} whose AsyncWaitHandle is signalled when the attempt ends either way, and
 * EndConnect waits for it and rethrows its failure. The socket is safe to close from any thread; closing it
 * interrupts a pending connect.
 */
public final class TcpClient implements AutoCloseable {
    private final Socket socket;

    public TcpClient() {
        this(new Socket());
    }

    /** A client for a socket a {@link TcpListener} accepted. */
    TcpClient(Socket socket) {
        this.socket = socket;
    }

    public TcpClient(String host, int port) throws IOException {
        this();
        Connect(host, port);
    }

    public void Connect(String host, int port) throws IOException {
        socket.connect(new InetSocketAddress(host, port));
    }

    public ConnectResult BeginConnect(String host, int port, Object callback, Object state) {
        ConnectResult result = new ConnectResult(state);
        Thread.ofVirtual().name("TcpClient.BeginConnect " + host + ":" + port).start(() -> {
            try {
                Connect(host, port);
                result.complete(null);
            } catch (IOException e) {
                result.complete(e);
            }
        });
        return result;
    }

    public void EndConnect(ConnectResult result) throws IOException, InterruptedException {
        result.getAsyncWaitHandle().WaitOne();
        IOException failure = result.failure();
        if (failure != null) {
            throw failure;
        }
    }

    public boolean getConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    public void Close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void Dispose() {
        Close();
    }

    @Override
    public void close() {
        Close();
    }

    /**
     * The IAsyncResult of a BeginConnect. {@code failure} is written once by the connecting thread before it
     * sets the wait handle, and read only after the handle is set (the handle's monitor orders the two).
     */
    public static final class ConnectResult {
        private final Threading.ManualResetEvent done = new Threading.ManualResetEvent(false);
        private final Object state;
        private IOException failure;

        ConnectResult(Object state) {
            this.state = state;
        }

        void complete(IOException error) {
            failure = error instanceof SocketException || error == null ? error : new SocketException(
                    error.getMessage());
            done.Set();
        }

        IOException failure() {
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
}
