package dev.jpwsh.format.commands;

import dev.jpwsh.runtime.number.UnsignedInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The little-endian bytes of a primitive value, as .NET's BitConverter gives them; null for other values. */
final class NumberBytes {
    private NumberBytes() {
    }

    static byte[] of(Object value) {
        ByteBuffer b;
        switch (value) {
            case Byte v -> b = ByteBuffer.allocate(1).put(v);
            case Short v -> b = little(2).putShort(v);
            case Integer v -> b = little(4).putInt(v);
            case Long v -> b = little(8).putLong(v);
            case Float v -> b = little(4).putFloat(v);
            case Double v -> b = little(8).putDouble(v);
            case Character v -> b = little(2).putChar(v);
            case Boolean v -> b = little(4).putInt(v ? 1 : 0);
            case UnsignedInteger v -> {
                int size = UnsignedInteger.bitWidth(v.getClass()) / 8;
                b = little(8).putLong(v.longValue());
                byte[] all = b.array();
                return java.util.Arrays.copyOf(all, size);
            }
            default -> {
                return null;
            }
        }
        return b.array();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
