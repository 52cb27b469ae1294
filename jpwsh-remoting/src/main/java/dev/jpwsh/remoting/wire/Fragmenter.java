package dev.jpwsh.remoting.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cuts messages into fragments of at most a given size (header included), numbering the messages one after the
 * other, as one sender does for everything it sends on one connection. Thread-safe: each call takes the next
 * object id atomically.
 */
public final class Fragmenter {
    /** The fragment size pwsh uses on its out-of-process transports (32 KB). */
    public static final int DEFAULT_FRAGMENT_SIZE = 32 << 10;

    private final int fragmentSize;
    private final AtomicLong lastObjectId = new AtomicLong();

    /**
     * @param fragmentSize the largest fragment, header included; more than {@link Fragment#HEADER_LENGTH}
     */
    public Fragmenter(int fragmentSize) {
        if (fragmentSize <= Fragment.HEADER_LENGTH) {
            throw new IllegalArgumentException("fragment size " + fragmentSize + " leaves no room for data");
        }
        this.fragmentSize = fragmentSize;
    }

    /** {@return the bytes of each fragment of {@code message}, in order, under the next object id} */
    public List<byte[]> fragment(byte[] message) {
        long objectId = lastObjectId.incrementAndGet();
        int room = fragmentSize - Fragment.HEADER_LENGTH;
        List<byte[]> out = new ArrayList<>(1 + message.length / room);
        long fragmentId = 0;
        int offset = 0;
        do {
            int length = Math.min(room, message.length - offset);
            byte[] blob = Arrays.copyOfRange(message, offset, offset + length);
            offset += length;
            out.add(new Fragment(objectId, fragmentId, fragmentId == 0, offset == message.length, blob).toBytes());
            fragmentId++;
        } while (offset < message.length);
        return out;
    }
}
