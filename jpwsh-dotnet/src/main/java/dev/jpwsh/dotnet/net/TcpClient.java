package dev.jpwsh.dotnet.net;

import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.AsyncResult;
import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;

/**
 * System.Net.Sockets.TcpClient over a {@link Socket}: Connect blocks; BeginConnect connects on a virtual thread
 * and returns an {@link AsyncResult} whose AsyncWaitHandle is signalled when the attempt ends either way, and
 * EndConnect waits for it and rethrows its failure. The socket is safe to close from any thread; closing it
 * interrupts a pending connect.
 */
@DotNetName("System.Net.Sockets.TcpClient")
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

    public AsyncResult BeginConnect(String host, int port, AsyncCallback callback, Object state) {
        AsyncResult result = new AsyncResult(callback, state);
        EngineThreads.virtual("TcpClient.BeginConnect " + host + ":" + port).start(() -> {
            try {
                Connect(host, port);
                result.complete(null);
            } catch (IOException e) {
                result.complete(e instanceof SocketException ? e : new SocketException(e.getMessage()));
            }
        });
        return result;
    }

    public void EndConnect(AsyncResult result) throws IOException, InterruptedException {
        if (result.await() instanceof IOException failure) {
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
}
