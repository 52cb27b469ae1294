package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.number.UnsignedInteger;
import java.math.BigInteger;

/**
 * Between Java's {@code byte[]}, in which the facades keep bytes, and .NET's {@code System.Byte[]}, which scripts
 * see: an array of {@link UInt8}, one shared object per value.
 */
public final class ByteArrays {
    private static final UInt8[] VALUES = new UInt8[256];

    static {
        for (int i = 0; i < VALUES.length; i++) {
            VALUES[i] = (UInt8) UnsignedInteger.exact(UInt8.class, BigInteger.valueOf(i));
        }
    }

    private ByteArrays() {
    }

    /** The .NET byte for a Java byte's bits. */
    public static UInt8 of(int bits) {
        return VALUES[bits & 0xFF];
    }

    /** {@code bytes} as scripts see them. */
    public static UInt8[] toDotNet(byte[] bytes) {
        return toDotNet(bytes, 0, bytes.length);
    }

    /** {@code count} bytes from {@code offset} as scripts see them. */
    public static UInt8[] toDotNet(byte[] bytes, int offset, int count) {
        UInt8[] result = new UInt8[count];
        for (int i = 0; i < count; i++) {
            result[i] = VALUES[bytes[offset + i] & 0xFF];
        }
        return result;
    }

    /**
     * A script's byte array, or any value PowerShell converts to one ({@code 1,2,3}), as Java bytes;
     * ArgumentNullException naming {@code paramName} for null.
     */
    public static byte[] toJava(Object value, String paramName) {
        ArgumentExceptions.notNull(value, paramName);
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        UInt8[] items = value instanceof UInt8[] given ? given
                : (UInt8[]) EngineServices.ENGINE.convert(value, UInt8[].class);
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = (byte) items[i].intValue();
        }
        return result;
    }

    /** Writes {@code bytes} into a script's byte array from {@code offset}, as Stream.Read fills its buffer. */
    public static void copyInto(byte[] bytes, int count, UInt8[] target, int offset) {
        for (int i = 0; i < count; i++) {
            target[offset + i] = VALUES[bytes[i] & 0xFF];
        }
    }

    /** Checks a buffer, offset and count as .NET's Read and Write do. */
    public static void checkRange(Object[] buffer, int offset, int count) {
        checkRange(ArgumentExceptions.notNull(buffer, "buffer").length, offset, count);
    }

    /** Checks an offset and count into a buffer of {@code length} items as .NET's Read and Write do. */
    public static void checkRange(int length, int offset, int count) {
        ArgumentExceptions.notNegative(offset, "offset");
        if (count < 0 || count > length - offset) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("count", "Offset and length were out of bounds "
                    + "for the array or count is greater than the number of elements from index to the end of the "
                    + "source collection.");
        }
    }
}
