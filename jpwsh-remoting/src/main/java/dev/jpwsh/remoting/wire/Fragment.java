package dev.jpwsh.remoting.wire;

import java.nio.ByteBuffer;

/**
 * One fragment of a message (MS-PSRP 2.2.4): the object it belongs to, its place in that object, whether it starts
 * and ends the object, and its share of the bytes. On the wire: ObjectId (8 bytes, big-endian), FragmentId (8 bytes,
 * big-endian), one byte of flags (0x1 start, 0x2 end), BlobLength (4 bytes, big-endian), then the blob.
 *
 * @param objectId the message's number, the same in each of its fragments
 * @param fragmentId 0 for the first fragment of the message, one more for each next one
 * @param start whether this fragment is the first of its message
 * @param end whether this fragment is the last of its message
 * @param blob this fragment's bytes of the message
 */
public record Fragment(long objectId, long fragmentId, boolean start, boolean end, byte[] blob) {
    /** The bytes before the blob. */
    public static final int HEADER_LENGTH = 8 + 8 + 1 + 4;
    static final byte START = 0x1;
    static final byte END = 0x2;

    /** {@return the fragment's bytes as they go on the wire} */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(HEADER_LENGTH + blob.length);
        write(out);
        return out.array();
    }

    /** Puts the fragment's bytes into {@code out}, which has room for them. */
    public void write(ByteBuffer out) {
        out.putLong(objectId).putLong(fragmentId).put((byte) ((start ? START : 0) | (end ? END : 0)))
                .putInt(blob.length).put(blob);
    }
}
