package dev.jpwsh.runtime.number;

/** .NET's {@code System.Byte}: an unsigned 8-bit integer. */
public final class UInt8 extends UnsignedInteger {
    public static final UInt8 MIN_VALUE = new UInt8(0);
    public static final UInt8 MAX_VALUE = new UInt8(255L);

    UInt8(long bits) {
        super(bits);
    }
}
