package dev.jpwsh.runtime.number;

/** .NET's {@code System.UInt16}: an unsigned 16-bit integer. */
public final class UInt16 extends UnsignedInteger {
    public static final UInt16 MIN_VALUE = new UInt16(0);
    public static final UInt16 MAX_VALUE = new UInt16(0xFFFFL);

    UInt16(long bits) {
        super(bits);
    }
}
