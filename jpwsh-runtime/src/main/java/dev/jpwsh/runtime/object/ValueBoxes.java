package dev.jpwsh.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A fresh box of a value type: .NET boxes a value each time it becomes an object, so members added to one number
 * do not show on every other use of it; Java shares the boxes of small numbers (and string literals), which this
 * undoes.
 */
public final class ValueBoxes {
    private ValueBoxes() {
    }

    @SuppressWarnings({"removal", "deprecation", "UnnecessaryBoxing", "StringOperationCanBeSimplified"})
    /** A copy of a number, boolean, character or string with an identity of its own; anything else as it is. */
    public static Object fresh(Object value) {
        return switch (value) {
            case Integer i -> new Integer(i);
            case Long l -> new Long(l);
            case Double d -> new Double(d);
            case Boolean b -> new Boolean(b);
            case Character c -> new Character(c);
            case Short s -> new Short(s);
            case Byte b -> new Byte(b);
            case Float f -> new Float(f);
            case String s -> new String(s);
            case BigDecimal d -> new BigDecimal(d.unscaledValue(), d.scale());
            case BigInteger i -> new BigInteger(i.toByteArray());
            default -> value;
        };
    }

    /**
     * The number as a box with no members of its own: the shared box of a small value, or a new one (a number only
     * ever gets members on a fresh box).
     */
    public static Object plain(Object value) {
        return switch (value) {
            case Integer i -> Integer.valueOf(i);
            case Long l -> Long.valueOf(l);
            case Short s -> Short.valueOf(s);
            case Byte b -> Byte.valueOf(b);
            case dev.jpwsh.runtime.number.UnsignedInteger u -> dev.jpwsh.runtime.number.UnsignedInteger.exact(
                    u.getClass(), u.bigValue());
            default -> value;
        };
    }
}
