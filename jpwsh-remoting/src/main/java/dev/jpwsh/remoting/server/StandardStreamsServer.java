package dev.jpwsh.remoting.server;

import dev.jpwsh.remoting.protocol.Connection;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A PowerShell server on a process's standard streams, as {@code jpwsh -sshs} runs when OpenSSH starts it as its
 * {@code powershell} subsystem: one {@link ServerSession} over standard input and output, which then carry nothing
 * but packets, until the client closes the session or the streams end.
 */
public final class StandardStreamsServer {
    private StandardStreamsServer() {
    }

    /**
     * Serves one session on the calling thread and returns when it ends.
     *
     * @param in the process's standard input
     * @param out the process's standard output, written only with packets
     * @return the process's exit code: 0
     */
    public static int serve(InputStream in, OutputStream out) {
        new ServerSession(new Connection(in, out, () -> out.flush())).serve();
        return 0;
    }
}
