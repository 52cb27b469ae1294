package dev.jpwsh.dotnet.net;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * System.Net.Sockets.TcpListener over a {@link ServerSocket}, enough for scripts that listen on a local port:
 * Start binds (port 0 picks a free one), LocalEndpoint tells where, AcceptTcpClient takes a connection, Stop
 * closes. Meant for one owning thread, as .NET's is.
 */
@DotNetName("System.Net.Sockets.TcpListener")
public final class TcpListener {
    private final int port;
    private ServerSocket server;

    public TcpListener(int port) {
        this.port = port;
    }

    public void Start() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(port));
    }

    public void Stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    public TcpClient AcceptTcpClient() throws IOException {
        return new TcpClient(server.accept());
    }

    public IPEndPoint getLocalEndpoint() {
        return new IPEndPoint(IPAddress.Parse(server.getInetAddress().getHostAddress()), server.getLocalPort());
    }
}
