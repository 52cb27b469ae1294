package dev.jpwsh.runtime.number;

/** .NET's {@code System.UInt64}: an unsigned 64-bit integer. */
public final class UInt64 extends UnsignedInteger {
    public static final UInt64 MIN_VALUE = new UInt64(0);
    public static final UInt64 MAX_VALUE = new UInt64(-1L);

    UInt64(long bits) {
        super(bits);
    }
}
