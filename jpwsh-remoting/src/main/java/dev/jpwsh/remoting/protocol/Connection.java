package dev.jpwsh.remoting.protocol;

import dev.jpwsh.remoting.wire.Defragmenter;
import dev.jpwsh.remoting.wire.Fragmenter;
import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.Packet;
import dev.jpwsh.remoting.wire.WireException;
import dev.jpwsh.dotnet.threading.EngineThreads;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One end of a PSRP connection over a byte stream with pwsh's out-of-process framing (a Unix-domain socket now;
 * a child's standard streams or SSH later): packets one per line, messages fragmented into Data packets, each
 * stream of fragments (the session's, and each pipeline's) reassembled on its own. Limits keep a hostile peer from
 * making it buffer without bound: a line, a fragment and a message each have a maximum, and going over it is a
 * {@link WireException}.
 *
 * <p>Sending: packets go, in order, through a bounded queue to a writer thread of the connection's own, which writes
 * them and flushes when the queue runs dry. A sender blocks while the queue is full, that is while the peer does not
 * read: that bounds a slow reader's backlog (a sender stops waiting once the connection fails or is closed). Senders
 * never write to the socket themselves, so interrupting one (a
 * pipeline being stopped) interrupts its wait for room, never the channel (an interrupted channel write would close
 * it).
 *
 * <p>Thread safety: one thread reads ({@link #read}, {@link #messages}); any thread may send. {@code failure} is
 * volatile, set once by the writer thread when writing fails.
 */
public final class Connection implements AutoCloseable {
    /** The longest message accepted (pwsh's default limit for a received object is larger; this is per message). */
    public static final int MAX_MESSAGE = 64 << 20;
    private static final int MAX_LINE = 1 << 20;
    /** How many fragment streams (the session's and one per pipeline) may be half received at once. */
    private static final int MAX_STREAMS = 64;
    /** How many packets may wait for the writer: with the stream's buffers, all that a reader that stops makes wait. */
    public static final int QUEUE = 256;
    private static final byte[] END = new byte[0];

    private final InputStream in;
    private final OutputStream out;
    private final AutoCloseable resource;
    private final Fragmenter fragmenter = new Fragmenter(Fragmenter.DEFAULT_FRAGMENT_SIZE);
    /** The reassembly of each stream of fragments with a message half received, by PSGuid; read thread only. */
    private final Map<UUID, Defragmenter> defragmenters = new HashMap<>();
    /** What was read from {@code in} and not yet taken, from {@code position} to {@code limit}; read thread only. */
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final BlockingQueue<byte[]> outgoing = new ArrayBlockingQueue<>(QUEUE);
    private volatile IOException failure;
    /** How many senders wait for room in the full queue. */
    private final AtomicInteger waiting = new AtomicInteger();
    /** Set by {@link #close()}: a sender waiting for room in the queue gives up. */
    private volatile boolean closed;
    private final Thread writer;

    /** Two ends of one connection in memory: what either sends, the other reads. */
    public record Pair(Connection client, Connection server) {
    }

    /** {@return two connections joined by in-memory pipes, as a session served to itself uses them} */
    public static Pair inMemory() throws IOException {
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        Connection server = new Connection(Channels.newInputStream(toServer.source()),
                Channels.newOutputStream(toClient.sink()), () -> {
                    toServer.source().close();
                    toClient.sink().close();
                });
        Connection client = new Connection(Channels.newInputStream(toClient.source()),
                Channels.newOutputStream(toServer.sink()), () -> {
                    toClient.source().close();
                    toServer.sink().close();
                });
        return new Pair(client, server);
    }

    /**
     * @param in the stream packets are read from
     * @param out the stream packets are written to
     * @param resource closed by {@link #close()} (the socket), after both streams
     */
    public Connection(InputStream in, OutputStream out, AutoCloseable resource) {
        this.in = in;
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.resource = resource;
        writer = EngineThreads.virtual("remoting writer").start(this::writeLoop);
    }

    private void writeLoop() {
        try {
            while (true) {
                byte[] line = outgoing.take();
                if (line == END) {
                    return;
                }
                out.write(line);
                if (outgoing.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            failure = e;
            outgoing.clear();
            closeResource();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("the connection's writer was interrupted");
        }
    }

    /**
     * {@return the next packet, or null when the stream has ended}
     *
     * @throws IOException if reading fails
     * @throws WireException if the line is too long, not UTF-8 text of one packet, or the stream ends inside it
     */
    public Packet read() throws IOException {
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit < 0) {
                        limit = 0;
                        if (line.size() == 0) {
                            return null;
                        }
                        throw new WireException("The stream ended inside a packet.");
                    }
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                if (line.size() + end - position > MAX_LINE) {
                    throw new WireException("A packet is longer than " + MAX_LINE + " bytes.");
                }
                line.write(buffer, position, end - position);
                position = end < limit ? end + 1 : end;
                if (end < limit) {
                    break;
                }
            }
            String text = line.toString(StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                return Packet.parse(text);
            }
        }
    }

    /**
     * {@return the messages a Data packet completes, on its PSGuid's stream of fragments}
     *
     * @throws WireException for fragments out of order, too large, or a message that does not parse
     */
    public List<Message> messages(Packet data) {
        Defragmenter defragmenter = defragmenters.get(data.psGuid());
        if (defragmenter == null) {
            if (defragmenters.size() == MAX_STREAMS) {
                throw new WireException("More than " + MAX_STREAMS + " pipelines are sending at once.");
            }
            defragmenter = new Defragmenter(Fragmenter.DEFAULT_FRAGMENT_SIZE * 4, MAX_MESSAGE);
            defragmenters.put(data.psGuid(), defragmenter);
        }
        List<byte[]> complete = defragmenter.accept(data.data());
        if (defragmenter.isIdle()) {
            defragmenters.remove(data.psGuid());
        }
        return complete.stream().map(Message::parse).toList();
    }

    /**
     * Sends {@code message} on {@code psGuid}'s stream, one Data packet per fragment; the fragments of one message
     * stay together.
     *
     * @throws IOException if the connection has failed, or InterruptedIOException if the sender is interrupted
     *     while the queue is full
     */
    public void send(Message message, UUID psGuid) throws IOException {
        List<byte[]> fragments = fragmenter.fragment(message.toBytes());
        synchronized (fragmenter) {
            for (byte[] fragment : fragments) {
                enqueue(Packet.data(psGuid, fragment));
            }
        }
    }

    /**
     * Sends a control packet.
     *
     * @throws IOException as {@link #send(Message, UUID)}
     */
    public void send(Packet packet) throws IOException {
        synchronized (fragmenter) {
            enqueue(packet);
        }
    }

    private void enqueue(Packet packet) throws IOException {
        if (failure != null) {
            throw failure;
        }
        byte[] line = (packet.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
        if (outgoing.offer(line)) {
            return;
        }
        waiting.incrementAndGet();
        try {
            while (!outgoing.offer(line, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || closed) {
                    throw failure != null ? failure : new IOException("The connection is closed.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the connection's queue was full");
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** {@return how many packets wait for the writer now: at most {@value #QUEUE}} */
    public int backlog() {
        return outgoing.size();
    }

    /** {@return how many senders wait for room in the queue now, held back because the peer does not read} */
    public int waitingSenders() {
        return waiting.get();
    }

    /**
     * Closes the streams and the resource once what was sent before has been written (within a second); a second
     * close does nothing.
     */
    @Override
    public void close() {
        closed = true;
        try {
            if (Thread.currentThread() != writer && outgoing.offer(END, 1, TimeUnit.SECONDS)) {
                writer.join(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeResource();
    }

    private void closeResource() {
        try {
            resource.close();
        } catch (Exception ignored) {
            // closing is all that is wanted; what failed does not matter
        }
    }
}
