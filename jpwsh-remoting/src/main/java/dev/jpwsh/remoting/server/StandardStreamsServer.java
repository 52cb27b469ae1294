package dev.jpwsh.remoting.server;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspacePool;
import dev.jpwsh.remoting.protocol.Connection;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code jpwsh -s} (-ServerMode) and {@code jpwsh -sshs} (-SSHServerMode): serves one PSRP session on the process's
 * standard streams, as pwsh's out-of-process server does for the Start-Job client that started it and as its SSH
 * subsystem does for a client OpenSSH connected; the streams then carry nothing but packets, and the session, and the
 * process, end when the client closes it or its input ends. Start-Job's children run {@link #main} directly, which
 * needs no console on the class path.
 */
public final class StandardStreamsServer {
    private StandardStreamsServer() {
    }

    /** The argument that makes a child a spare, which warms itself up while it waits for its job. */
    public static final String SPARE = "-Spare";

    /**
     * The entry point of Start-Job's child processes: serves standard input and output, then exits. A spare
     * ({@value #SPARE}) also serves itself a trial session ({@link SessionWarmUp}) once its pool is open.
     */
    public static void main(String[] args) {
        System.exit(serve(System.in, new FileOutputStream(FileDescriptor.out), List.of(args).contains(SPARE)));
    }

    /**
     * {@code jpwsh -s} and {@code -sshs}: {@link #serve(InputStream, OutputStream, boolean)} without a trial session.
     *
     * @param in the process's standard input, the client's packets
     * @param out the process's standard output, where nothing else may write
     * @return the exit code: 0
     */
    public static int serve(InputStream in, OutputStream out) {
        return serve(in, out, false);
    }

    /**
     * Serves the session on the calling thread until it ends. A runspace pool starts opening at once, while the
     * client has yet to ask for it, so a spare child process waits for its job with its pool open; its host is the
     * session's, so the job's host calls (Read-Host, {@code $Host.UI}) go to the client.
     *
     * @param in the process's standard input, the client's packets
     * @param out the process's standard output, where nothing else may write
     * @param warmUp whether to serve a trial session once the pool is open (a spare, whose job is not there yet: one
     *     taken before its pool is open goes without, so that the trial does not compete with its job)
     * @return the exit code: 0
     */
    public static int serve(InputStream in, OutputStream out, boolean warmUp) {
        return serve(new Connection(in, out, () -> { }), warmUp);
    }

    /**
     * {@link #serve(InputStream, OutputStream, boolean)} on a connection already made over the streams.
     *
     * @param connection the connection over the process's standard streams
     * @param warmUp whether to serve a trial session once the pool is open
     * @return the exit code: 0
     */
    public static int serve(Connection connection, boolean warmUp) {
        CompletableFuture<RunspacePool> pool = new CompletableFuture<>();
        ServerSession session = new ServerSession(connection, pool);
        EngineThreads.virtual("job runspace pool").start(() -> {
            try {
                RunspacePool opened = RunspaceFactory.createRunspacePool(1, 1, session.host());
                opened.open();
                pool.complete(opened);
            } catch (RuntimeException e) {
                pool.completeExceptionally(e);
            }
            if (warmUp && !session.contacted()) {
                SessionWarmUp.run();
            }
        });
        session.serve();
        return 0;
    }
}
