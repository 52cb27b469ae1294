package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.protocol.Connection;
import dev.jpwsh.remoting.server.ServerSession;
import dev.jpwsh.remoting.transport.PipeNames;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A connected named-pipe client that stops reading (its output handler blocks, so its reader stops taking from the
 * socket) while a command writes a million objects: the server keeps at most its connection's queue of packets for it
 * and the command waits; a second client of the same server is served meanwhile; once the first reads again every
 * object arrives, in order. The server runs in this JVM, serving a pipe as the process listener does (a
 * {@link ServerSession} on a {@link Connection} over each accepted socket), so that its connections can be looked at.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SlowPipeClientTest {
    private static final int COUNT = 1_000_000;
    private static final int HOLD_AT = 1000;

    @Test
    void aClientThatStopsReadingHoldsOnlyItsCommandBackAndLaterGetsEveryObjectInOrder() throws Exception {
        String pipe = "jpwsh-slow-" + UUID.randomUUID();
        Path file = PipeNames.socketFile(pipe);
        List<Connection> served = new CopyOnWriteArrayList<>();
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(UnixDomainSocketAddress.of(file));
            EngineThreads.virtual("slow client test listener").start(() -> accept(listener, served));
            CountDownLatch resume = new CountDownLatch(1);
            AtomicInteger next = new AtomicInteger(1);
            AtomicReference<String> outOfOrder = new AtomicReference<>();
            PSDataCollection<Object> output = new PSDataCollection<>();
            output.addDataAddedListener(item -> {
                int expected = next.getAndIncrement();
                if (!String.valueOf(item).equals(String.valueOf(expected)) && outOfOrder.get() == null) {
                    outOfOrder.set(item + " where " + expected + " was due");
                }
                output.clear();
                if (expected == HOLD_AT) {
                    awaitQuietly(resume);
                }
            });
            try (Runspace slow = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo(pipe));
                    Runspace other = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo(pipe))) {
                slow.open();
                PowerShell writer = PowerShell.create(slow).addScript("1.." + COUNT);
                PowerShellAsyncResult running = writer.beginInvoke(null, output);
                Connection slowServer = served.getFirst();
                awaitHeldBack(slowServer, () -> next.get() > HOLD_AT);
                assertThat(slowServer.backlog()).isLessThanOrEqualTo(Connection.QUEUE);
                other.open();
                assertThat(PowerShell.create(other).addScript("'served'; 6 * 7").invoke())
                        .map(String::valueOf).containsExactly("served", "42");
                assertThat(slowServer.backlog()).isLessThanOrEqualTo(Connection.QUEUE);
                assertThat(slowServer.waitingSenders()).as("the command still waits for room").isEqualTo(1);
                assertThat(next.get() - 1).as("the objects the client took").isEqualTo(HOLD_AT);
                resume.countDown();
                writer.endInvoke(running);
                assertThat(outOfOrder.get()).isNull();
                assertThat(next.get() - 1).isEqualTo(COUNT);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Waits until the client has stopped ({@code stopped}) and the server's command has waited for room in the
     * connection's queue at ten looks in a row (a queue filling faster than its writer empties it makes a sender
     * wait for a moment while the client still reads).
     */
    private static void awaitHeldBack(Connection server, BooleanSupplier stopped) throws InterruptedException {
        int looks = 0;
        while (looks < 10) {
            looks = stopped.getAsBoolean() && server.waitingSenders() > 0 ? looks + 1 : 0;
            Thread.sleep(100);
        }
    }

    private static void accept(ServerSocketChannel listener, List<Connection> served) {
        try {
            while (true) {
                SocketChannel client = listener.accept();
                Connection connection = new Connection(Channels.newInputStream(client),
                        Channels.newOutputStream(client), client);
                served.add(connection);
                EngineThreads.virtual("slow client test session").start(() -> new ServerSession(connection).serve());
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
