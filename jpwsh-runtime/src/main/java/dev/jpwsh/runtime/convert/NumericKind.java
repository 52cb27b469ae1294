package dev.jpwsh.runtime.convert;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The numeric types arithmetic works in, widest last. An operation runs in the wider kind of its operands;
 * smaller integers (byte, short, char) count as INT.
 */
public enum NumericKind {
    INT, LONG, BIG_INTEGER, DECIMAL, DOUBLE;

    /** The kind of a numeric value, or null when the value is no number. */
    public static NumericKind of(Object value) {
        return switch (value) {
            case Integer i -> INT;
            case Short s -> INT;
            case Byte b -> INT;
            case Long l -> LONG;
            case Double d -> DOUBLE;
            case Float f -> DOUBLE;
            case BigDecimal d -> DECIMAL;
            case BigInteger b -> BIG_INTEGER;
            case null, default -> null;
        };
    }

    public static NumericKind wider(NumericKind a, NumericKind b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
