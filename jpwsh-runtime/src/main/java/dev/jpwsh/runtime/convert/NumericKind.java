package dev.jpwsh.runtime.convert;

import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The numeric types, in the order of .NET's type codes (narrowest first), with BigInteger last because it wins
 * every mix through its operators. {@link #operationKind} picks the type an arithmetic operation computes in.
 */
public enum NumericKind {
    SBYTE, BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64, SINGLE, DOUBLE, DECIMAL, BIG_INTEGER;

    /** The kind of a numeric value, or null when the value is no number. */
    public static NumericKind of(Object value) {
        return switch (value) {
            case Integer i -> INT32;
            case Long l -> INT64;
            case Double d -> DOUBLE;
            case Short s -> INT16;
            case Byte b -> SBYTE;
            case UInt8 b -> BYTE;
            case UInt16 u -> UINT16;
            case UInt32 u -> UINT32;
            case UInt64 u -> UINT64;
            case Float f -> SINGLE;
            case BigDecimal d -> DECIMAL;
            case BigInteger b -> BIG_INTEGER;
            case null, default -> null;
        };
    }

    /**
     * The kind PowerShell computes {@code left op right} in: INT32 for all integers up to 32 bits, the wider
     * type otherwise, DOUBLE for floating point. Mixing a signed integer with an unsigned one of 32 bits stays
     * unsigned unless the signed value is negative (then INT64); with 64 bits, a negative one gives DECIMAL.
     */
    public static NumericKind operationKind(Number left, Number right) {
        NumericKind l = of(left);
        NumericKind r = of(right);
        NumericKind wider = l.ordinal() >= r.ordinal() ? l : r;
        return switch (wider) {
            case SBYTE, BYTE, INT16, UINT16, INT32 -> INT32;
            case UINT32 -> isNegative(left) || isNegative(right) ? INT64 : UINT32;
            case UINT64 -> isNegative(left) || isNegative(right) ? DECIMAL : UINT64;
            case SINGLE, DOUBLE -> DOUBLE;
            default -> wider;
        };
    }

    /** True for integer kinds whose every value fits a Java long. */
    public boolean fitsLong() {
        return ordinal() <= INT64.ordinal();
    }

    private static boolean isNegative(Number n) {
        return (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte)
                && n.longValue() < 0;
    }
}
