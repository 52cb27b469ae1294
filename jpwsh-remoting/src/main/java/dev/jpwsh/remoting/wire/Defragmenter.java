package dev.jpwsh.remoting.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reassembles messages from a stream of fragment bytes that may be cut anywhere (a fragment may span two packets).
 * Fragments of one message must come in order, starting with the start flag on FragmentId 0; fragments of
 * different messages must not interleave (pwsh's senders never interleave them on one stream). Anything else, a blob
 * longer than the fragment limit or a message longer than the message limit, is a {@link WireException}, after which
 * the instance must not be used. Not thread-safe: one per receiving connection.
 */
public final class Defragmenter {
    private final int maxFragmentBlob;
    private final int maxMessage;
    private byte[] pending = new byte[0];
    private ByteArrayOutputStream message;
    private long objectId;
    private long nextFragmentId;

    /**
     * @param maxFragmentBlob the longest blob one fragment may carry
     * @param maxMessage the longest message the fragments may add up to
     */
    public Defragmenter(int maxFragmentBlob, int maxMessage) {
        this.maxFragmentBlob = maxFragmentBlob;
        this.maxMessage = maxMessage;
    }

    /**
     * Takes more bytes and returns the messages they complete, in order.
     *
     * @param bytes the next bytes of the stream
     * @return the messages completed, possibly none
     */
    public List<byte[]> accept(byte[] bytes) {
        ByteBuffer in = ByteBuffer.allocate(pending.length + bytes.length).put(pending).put(bytes).flip();
        List<byte[]> complete = new ArrayList<>();
        while (in.remaining() >= Fragment.HEADER_LENGTH) {
            int at = in.position();
            long object = in.getLong();
            long fragment = in.getLong();
            byte flags = in.get();
            int length = in.getInt();
            if (object < 0 || fragment < 0 || length < 0 || length > maxFragmentBlob || (flags & ~3) != 0) {
                throw new WireException("Invalid fragment: object " + object + ", fragment " + fragment
                        + ", flags " + flags + ", blob length " + length + " (at most " + maxFragmentBlob + ").");
            }
            if (in.remaining() < length) {
                in.position(at);
                break;
            }
            byte[] blob = new byte[length];
            in.get(blob);
            byte[] done = add(new Fragment(object, fragment, (flags & Fragment.START) != 0,
                    (flags & Fragment.END) != 0, blob));
            if (done != null) {
                complete.add(done);
            }
        }
        pending = Arrays.copyOfRange(in.array(), in.position(), in.limit());
        return complete;
    }

    /** {@return whether no message or fragment is half received} */
    public boolean isIdle() {
        return message == null && pending.length == 0;
    }

    private byte[] add(Fragment f) {
        if (f.start()) {
            if (message != null || f.fragmentId() != 0) {
                throw new WireException("Fragment " + f.fragmentId() + " of object " + f.objectId()
                        + " starts a message while object " + objectId + " is incomplete.");
            }
            message = new ByteArrayOutputStream();
            objectId = f.objectId();
            nextFragmentId = 0;
        } else if (message == null || f.objectId() != objectId || f.fragmentId() != nextFragmentId) {
            throw new WireException("Fragment " + f.fragmentId() + " of object " + f.objectId()
                    + " arrived out of order.");
        }
        if (message.size() + f.blob().length > maxMessage) {
            throw new WireException("Message of object " + objectId + " is longer than " + maxMessage + " bytes.");
        }
        message.writeBytes(f.blob());
        nextFragmentId++;
        if (!f.end()) {
            return null;
        }
        byte[] done = message.toByteArray();
        message = null;
        return done;
    }
}
