package dev.jpwsh.remoting.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * One PSRP message (MS-PSRP 2.2.1): Destination and MessageType (4 bytes each, little-endian), the runspace pool's
 * id and the pipeline's id (16 bytes each, in .NET's Guid byte order), then the data, UTF-8 CLIXML that begins with
 * a byte-order mark.
 *
 * @param destination who the message is for
 * @param type what it says
 * @param runspacePoolId the runspace pool it concerns
 * @param pipelineId the pipeline it concerns, or the empty Guid for a session or pool message
 * @param data the encoded data as it goes on the wire, byte-order mark included; may be empty
 */
public record Message(Destination destination, MessageType type, UUID runspacePoolId, UUID pipelineId, byte[] data) {
    /** The empty Guid, which stands for no pipeline. */
    public static final UUID NO_PIPELINE = new UUID(0, 0);
    private static final int HEADER_LENGTH = 4 + 4 + 16 + 16;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** {@return a message whose data is {@code xml}, encoded as UTF-8 behind a byte-order mark} */
    public static Message of(Destination destination, MessageType type, UUID runspacePoolId, UUID pipelineId,
            String xml) {
        byte[] text = xml.getBytes(StandardCharsets.UTF_8);
        byte[] data = Arrays.copyOf(BOM, BOM.length + text.length);
        System.arraycopy(text, 0, data, BOM.length, text.length);
        return new Message(destination, type, runspacePoolId, pipelineId, data);
    }

    /** {@return the data as text, without its byte-order mark} */
    public String xml() {
        int skip = data.length >= 3 && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2] ? 3 : 0;
        return new String(data, skip, data.length - skip, StandardCharsets.UTF_8);
    }

    /** {@return the message's bytes as a fragmenter takes them} */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(HEADER_LENGTH + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(destination.value()).putInt(type.value());
        putGuid(out, runspacePoolId);
        putGuid(out, pipelineId);
        return out.put(data).array();
    }

    /**
     * {@return the message {@code bytes} encode}
     *
     * @param bytes a whole message; one shorter than the header, or with an unknown destination or type, is a
     *     {@link WireException}
     */
    public static Message parse(byte[] bytes) {
        if (bytes.length < HEADER_LENGTH) {
            throw new WireException("A message of " + bytes.length + " bytes is shorter than its "
                    + HEADER_LENGTH + "-byte header.");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Destination destination = Destination.of(in.getInt());
        MessageType type = MessageType.of(in.getInt());
        UUID pool = getGuid(in);
        UUID pipeline = getGuid(in);
        return new Message(destination, type, pool, pipeline, Arrays.copyOfRange(bytes, HEADER_LENGTH, bytes.length));
    }

    /** Writes {@code id} as .NET's Guid.ToByteArray does: the first three fields little-endian, the rest as is. */
    static void putGuid(ByteBuffer out, UUID id) {
        long high = id.getMostSignificantBits();
        ByteOrder order = out.order();
        out.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (high >>> 32)).putShort((short) (high >>> 16))
                .putShort((short) high).order(ByteOrder.BIG_ENDIAN).putLong(id.getLeastSignificantBits()).order(order);
    }

    static UUID getGuid(ByteBuffer in) {
        ByteOrder order = in.order();
        in.order(ByteOrder.LITTLE_ENDIAN);
        long a = in.getInt() & 0xFFFFFFFFL;
        long b = in.getShort() & 0xFFFFL;
        long c = in.getShort() & 0xFFFFL;
        long low = in.order(ByteOrder.BIG_ENDIAN).getLong();
        in.order(order);
        return new UUID(a << 32 | b << 16 | c, low);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && destination == m.destination && type == m.type
                && runspacePoolId.equals(m.runspacePoolId) && pipelineId.equals(m.pipelineId)
                && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return type + " to " + destination + " pool " + runspacePoolId + " pipeline " + pipelineId + ": " + xml();
    }
}
