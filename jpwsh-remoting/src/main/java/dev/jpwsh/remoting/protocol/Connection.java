package dev.jpwsh.remoting.protocol;

import dev.jpwsh.remoting.wire.Defragmenter;
import dev.jpwsh.remoting.wire.Fragmenter;
import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.Packet;
import dev.jpwsh.remoting.wire.WireException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One end of a PSRP connection over a byte stream with pwsh's out-of-process framing (a Unix-domain socket now;
 * a child's standard streams or SSH later): packets one per line, messages fragmented into Data packets, each
 * stream of fragments (the session's, and each pipeline's) reassembled on its own. Limits keep a hostile peer from
 * making it buffer without bound: a line, a fragment and a message each have a maximum, and going over it is a
 * {@link WireException}.
 *
 * <p>Thread safety: one thread reads ({@link #read}, {@link #messages}); any thread may send, the writer's monitor
 * keeping each packet whole. A send blocks while the peer does not read, which is what bounds a slow reader's
 * backlog.
 */
public final class Connection implements AutoCloseable {
    /** The longest message accepted (pwsh's default limit for a received object is larger; this is per message). */
    public static final int MAX_MESSAGE = 64 << 20;
    private static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final OutputStream out;
    private final AutoCloseable resource;
    private final Fragmenter fragmenter = new Fragmenter(Fragmenter.DEFAULT_FRAGMENT_SIZE);
    /** The reassembly of each stream of fragments, by PSGuid; read thread only. */
    private final Map<UUID, Defragmenter> defragmenters = new HashMap<>();

    /**
     * @param in the stream packets are read from
     * @param out the stream packets are written to
     * @param resource closed by {@link #close()} (the socket), after both streams
     */
    public Connection(InputStream in, OutputStream out, AutoCloseable resource) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.out = new java.io.BufferedOutputStream(out, 1 << 16);
        this.resource = resource;
    }

    /**
     * {@return the next packet, or null when the stream has ended}
     *
     * @throws IOException if reading fails
     * @throws WireException if the line is too long, not UTF-8 text of one packet, or the stream ends inside it
     */
    public Packet read() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new WireException("The stream ended inside a packet.");
            }
            if (line.size() == MAX_LINE) {
                throw new WireException("A packet is longer than " + MAX_LINE + " bytes.");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? read() : Packet.parse(text);
    }

    /**
     * {@return the messages a Data packet completes, on its PSGuid's stream of fragments}
     *
     * @throws WireException for fragments out of order, too large, or a message that does not parse
     */
    public List<Message> messages(Packet data) {
        Defragmenter defragmenter = defragmenters.computeIfAbsent(data.psGuid(),
                id -> new Defragmenter(Fragmenter.DEFAULT_FRAGMENT_SIZE * 4, MAX_MESSAGE));
        return defragmenter.accept(data.data()).stream().map(Message::parse).toList();
    }

    /** Forgets the reassembly state of a pipeline's stream once the pipeline has ended. */
    public void forget(UUID psGuid) {
        defragmenters.remove(psGuid);
    }

    /**
     * Sends {@code message} on {@code psGuid}'s stream, one Data packet per fragment.
     *
     * @throws IOException if writing fails (the peer went away)
     */
    public void send(Message message, UUID psGuid) throws IOException {
        List<byte[]> fragments = fragmenter.fragment(message.toBytes());
        synchronized (out) {
            for (byte[] fragment : fragments) {
                write(Packet.data(psGuid, fragment));
            }
            out.flush();
        }
    }

    /**
     * Sends a control packet.
     *
     * @throws IOException if writing fails
     */
    public void send(Packet packet) throws IOException {
        synchronized (out) {
            write(packet);
            out.flush();
        }
    }

    private void write(Packet packet) throws IOException {
        out.write((packet.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Closes the streams and the resource; a second close does nothing. */
    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception ignored) {
            // closing is all that is wanted; what failed does not matter
        }
    }
}
