package dev.jpwsh.remoting.transport;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.runspaces.ProcessService;
import dev.jpwsh.remoting.protocol.Connection;
import dev.jpwsh.remoting.server.ServerSession;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import jdk.net.ExtendedSocketOptions;

/**
 * The listener every process hosting the engine starts with its first runspace (spec 9.2): a Unix-domain socket at
 * {@code $TMPDIR/CoreFxPipe_PSHost.<start>.<pid>.None.<name>}, readable and writable by the owner only (mode 0600),
 * that accepts connections of processes of the same user (checked with the peer's credentials on accept) and serves
 * each with its own {@link ServerSession} on a virtual thread. Unlike pwsh's, which serves one client at a time,
 * it serves any number at once. Turned off by the environment variable {@code POWERSHELL_DIAGNOSTICS_OPTOUT} set to
 * true, 1 or yes. The socket file is deleted when the JVM exits normally.
 */
public final class ProcessListener implements ProcessService {
    /** The environment variable that turns the listener off. */
    public static final String OPT_OUT = "POWERSHELL_DIAGNOSTICS_OPTOUT";
    private static final long START_DELAY_NANOS = 300_000_000L;

    @Override
    public void start() {
        if (optedOut(System.getenv(OPT_OUT))) {
            return;
        }
        EngineThreads.virtual("PSHost listener").start(() -> {
            // the socket machinery's first use costs tens of milliseconds of CPU: a short-lived process
            // (jpwsh -c exit) ends before it is paid, and a client that comes earlier waits, as it waits for a pipe
            LockSupport.parkNanos(START_DELAY_NANOS);
            listen();
        });
    }

    static boolean optedOut(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("yes");
    }

    /**
     * {@code -CustomPipeName}: also listens, from now on, on the pipe {@code pipeName} (the socket file
     * {@code CoreFxPipe_<pipeName>} in the temporary directory), whatever {@value #OPT_OUT} says, as pwsh's custom
     * pipe server does.
     */
    public static void listenOn(String pipeName) {
        Path file = PipeNames.socketFile(pipeName);
        EngineThreads.virtual("PSHost custom pipe listener").start(() -> listen(file));
    }

    private static void listen() {
        long pid = ProcessHandle.current().pid();
        Path file = PipeNames.forProcess(pid).map(PipeNames::socketFile).orElse(null);
        if (file != null) {
            listen(file);
        }
    }

    private static void listen(Path file) {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Files.deleteIfExists(file);
            server.bind(UnixDomainSocketAddress.of(file));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(file), "PSHost listener cleanup"));
            UserPrincipal me = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            while (true) {
                SocketChannel client = server.accept();
                if (!sameUser(client, me)) {
                    client.close();
                    continue;
                }
                EngineThreads.virtual("PSHost session").start(() -> new ServerSession(new Connection(
                        Channels.newInputStream(client), Channels.newOutputStream(client), client)).serve());
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
        }
    }

    /** Whether the peer of {@code client} runs as {@code me}; a peer whose credentials cannot be read is refused. */
    private static boolean sameUser(SocketChannel client, UserPrincipal me) {
        try {
            return client.getOption(ExtendedSocketOptions.SO_PEERCRED).user().equals(me);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // another process may own the directory entry now; nothing more to do
        }
    }
}
