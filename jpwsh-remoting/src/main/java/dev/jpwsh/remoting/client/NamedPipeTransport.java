package dev.jpwsh.remoting.client;

import dev.jpwsh.remoting.protocol.Connection;
import java.io.IOException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The per-process Unix-domain socket of a local PowerShell process, named by a {@link NamedPipeConnectionInfo}. */
final class NamedPipeTransport implements Transport {
    private final NamedPipeConnectionInfo info;

    NamedPipeTransport(NamedPipeConnectionInfo info) {
        this.info = info;
    }

    @Override
    public Connection connect(long deadline) {
        Path file = info.socketFile();
        if (file == null) {
            throw ClientErrors.transport("NamedPipeConnectionFailed", "No process with process identifier "
                    + info.getProcessId() + " was found.");
        }
        SocketChannel channel = connect(file, deadline);
        return new Connection(Channels.newInputStream(channel), Channels.newOutputStream(channel), channel);
    }

    /**
     * Connects to {@code file}, trying again until {@code deadline} while nothing listens there yet (the target's
     * listener starts on a thread of its own, and binds its file a moment before it listens), as pwsh's client waits
     * for the pipe until its OpenTimeout.
     */
    private static SocketChannel connect(Path file, long deadline) {
        while (true) {
            try {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(file));
                    return channel;
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                if (System.nanoTime() >= deadline || !(e instanceof SocketException)) {
                    throw ClientErrors.transport("NamedPipeConnectionFailed", "Cannot connect to the named pipe "
                            + file + ": the process has no listener, or it has turned it off (" + e.getMessage()
                            + ").");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    @Override
    public RuntimeException lost() {
        return ClientErrors.transport("NamedPipeTransportProcessEnded", "\"The named pipe target process has ended.\"");
    }

    @Override
    public boolean reconnectable() {
        return true;
    }

    @Override
    public RuntimeException timedOut() {
        return ClientErrors.transport("NamedPipeConnectionTimeout", "The connection to the named pipe timed out.");
    }
}
