package dev.jpwsh.runtime.number;

/** .NET's {@code System.UInt32}: an unsigned 32-bit integer. */
public final class UInt32 extends UnsignedInteger {
    public static final UInt32 MIN_VALUE = new UInt32(0);
    public static final UInt32 MAX_VALUE = new UInt32(0xFFFF_FFFFL);

    UInt32(long bits) {
        super(bits);
    }
}
