package dev.jpwsh.remoting.server;

import dev.jpwsh.remoting.protocol.Connection;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code jpwsh -s} (-ServerMode): serves one PSRP session on the process's standard streams, as pwsh's out-of-process
 * server does for the Start-Job client that started it; the session, and the process, end when the client closes it
 * or its input ends.
 */
public final class StandardStreamsServer {
    private StandardStreamsServer() {
    }

    /**
     * Serves the session on the calling thread until it ends.
     *
     * @param in the process's standard input, the client's packets
     * @param out the process's standard output, where nothing else may write
     * @return the exit code: 0
     */
    public static int serve(InputStream in, OutputStream out) {
        new ServerSession(new Connection(in, out, () -> { })).serve();
        return 0;
    }
}
