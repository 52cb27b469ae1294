package dev.jpwsh.runtime.number;

import java.math.BigInteger;

/**
 * A .NET unsigned integer. The value is held in a long; a {@link UInt64} above {@code Long.MAX_VALUE} is held as
 * its two's complement bits, so {@link #bigValue()} is the one exact view for all widths.
 */
public abstract sealed class UnsignedInteger extends Number implements Comparable<UnsignedInteger>
        permits UInt8, UInt16, UInt32, UInt64 {
    private final long bits;

    UnsignedInteger(long bits) {
        this.bits = bits;
    }

    /**
     * The value as the unsigned type {@code type} ({@code UInt8.class} ...), or null when it is out of that
     * type's range.
     */
    public static UnsignedInteger exact(Class<?> type, BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > bitWidth(type)) {
            return null;
        }
        long bits = value.longValue();
        if (type == UInt8.class) {
            return new UInt8(bits);
        }
        if (type == UInt16.class) {
            return new UInt16(bits);
        }
        return type == UInt32.class ? new UInt32(bits) : new UInt64(bits);
    }

    /** How many bits an unsigned type holds. */
    public static int bitWidth(Class<?> type) {
        if (type == UInt8.class) {
            return 8;
        }
        if (type == UInt16.class) {
            return 16;
        }
        if (type == UInt32.class) {
            return 32;
        }
        if (type == UInt64.class) {
            return 64;
        }
        throw new IllegalArgumentException(type.getName());
    }

    public BigInteger bigValue() {
        BigInteger signed = BigInteger.valueOf(bits);
        return bits >= 0 ? signed : signed.add(BigInteger.ONE.shiftLeft(64));
    }

    @Override
    public int intValue() {
        return (int) bits;
    }

    /** The value for widths up to 32 bits; a UInt64 above {@code Long.MAX_VALUE} comes back negative. */
    @Override
    public long longValue() {
        return bits;
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
        return bits >= 0 ? bits : bigValue().doubleValue();
    }

    @Override
    public int compareTo(UnsignedInteger other) {
        return Long.compareUnsigned(bits, other.bits);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((UnsignedInteger) other).bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}
