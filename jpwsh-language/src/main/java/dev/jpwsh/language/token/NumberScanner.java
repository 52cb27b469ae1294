package dev.jpwsh.language.token;

import dev.jpwsh.language.token.NumberLiteral.NumericType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Reads a numeric literal at an offset: decimal, real, {@code 0x} hex or {@code 0b} binary digits, then an
 * optional type suffix ({@code l u ul s us y uy n d}) and multiplier ({@code kb mb gb tb pb}). A result is a
 * literal (null when the digits form no number of their type) and the offset where the literal's text ends.
 */
final class NumberScanner {
    record Result(NumberLiteral literal, int end) {
    }

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * The largest [decimal], in a class of its own so that BigDecimal is initialized only when a script has a decimal
     * literal: JDK 25 computes 5^65536 when BigDecimal is initialized, a sixth of jpwsh's start-up time.
     */
    private static final class DecimalLimit {
        static final BigDecimal MAX = new BigDecimal("79228162514264337593543950335");
    }
    /** More decimal digits than this are beyond the double range (about 1.8e308), so infinite as a double. */
    private static final int MAX_EXACT_DIGITS = 310;
    /** The most digits a .NET decimal holds after its point. */
    private static final int DECIMAL_PLACES = 28;

    private final String text;
    private int pos;

    private NumberScanner(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    /** True when a number can start at {@code pos}: a digit, or a dot followed by a digit. */
    static boolean startsNumber(String text, int pos) {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        return Character.isDigit(c) && c < 128
                || c == '.' && pos + 1 < text.length() && isAsciiDigit(text.charAt(pos + 1));
    }

    /** Scans the literal at {@code pos}, which {@link #startsNumber} accepted; {@code negative} applies a sign. */
    static Result scan(String text, int pos, boolean negative) {
        return new NumberScanner(text, pos).scan(negative);
    }

    private Result scan(boolean negative) {
        if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X') && CharClass.isHexDigit(peek(2))) {
            pos += 2;
            return radix(16, negative);
        }
        if (peek(0) == '0' && (peek(1) == 'b' || peek(1) == 'B') && (peek(2) == '0' || peek(2) == '1')) {
            pos += 2;
            return radix(2, negative);
        }
        return decimal(negative);
    }

    private Result radix(int radix, boolean negative) {
        int start = pos;
        while (radix == 16 ? CharClass.isHexDigit(peek(0)) : peek(0) == '0' || peek(0) == '1') {
            pos++;
        }
        String digits = text.substring(start, pos);
        String suffix = suffix(false);
        BigInteger multiplier = multiplier();
        int bitsPerDigit = radix == 16 ? 4 : 1;
        if (!suffix.equals("n") && significantDigits(digits) * bitsPerDigit > Long.SIZE) {
            // too wide for every type but bigint: say so without reading the digits (which costs their count squared)
            return new Result(null, pos);
        }
        BigInteger raw = new BigInteger(digits, radix);
        int bits = radix == 16 ? digits.length() * 4 : digits.length();
        NumberLiteral literal;
        if (suffix.isEmpty()) {
            literal = bits <= 32 && raw.bitLength() <= 32 ? new NumberLiteral(raw.intValue(), NumericType.INT32)
                    : raw.bitLength() <= 64 ? new NumberLiteral(raw.longValue(), NumericType.INT64) : null;
            if (literal != null && multiplier != null) {
                literal = typed(BigInteger.valueOf(literal.value().longValue()).multiply(multiplier), "");
            }
        } else {
            BigInteger value = multiplier == null ? raw : raw.multiply(multiplier);
            literal = typed(wrapSigned(value, suffix), suffix);
        }
        return new Result(literal != null && negative ? negate(literal) : literal, pos);
    }

    /** Hex and binary digits are a bit pattern: {@code 0xFFy} fills a signed byte and is -1. */
    private static BigInteger wrapSigned(BigInteger value, String suffix) {
        int bits = switch (suffix) {
            case "y" -> 8;
            case "s" -> 16;
            case "l" -> 64;
            default -> 0;
        };
        if (bits == 0 || value.bitLength() > bits || !value.testBit(bits - 1)) {
            return value;
        }
        return value.subtract(BigInteger.ONE.shiftLeft(bits));
    }

    private Result decimal(boolean negative) {
        int start = pos;
        boolean real = false;
        while (isAsciiDigit(peek(0))) {
            pos++;
        }
        if (peek(0) == '.' && (isAsciiDigit(peek(1)) || pos > start && peek(1) != '.')) {
            // a dot makes a real even with no digits after it (20. and 1.e2), unless it starts the range operator
            real = true;
            pos++;
            while (isAsciiDigit(peek(0))) {
                pos++;
            }
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (isAsciiDigit(peek(1)) || (peek(1) == '+' || CharClass.isDash(peek(1))) && isAsciiDigit(peek(2)))) {
            real = true;
            pos += 2;
            while (isAsciiDigit(peek(0))) {
                pos++;
            }
        }
        String digits = text.substring(start, pos).replace('\u2013', '-').replace('\u2014', '-').replace('\u2015', '-');
        String suffix = suffix(true);
        BigInteger multiplier = multiplier();
        NumberLiteral literal;
        if (suffix.equals("d")) {
            literal = decimal(digits, multiplier, negative);
        } else if (real) {
            literal = real(digits, suffix, multiplier, negative);
        } else if (!suffix.equals("n") && significantDigits(digits) > MAX_EXACT_DIGITS) {
            // beyond every fixed-size type: only a double holds it, infinite (reading the digits into a BigInteger
            // would cost their count squared)
            double value = negative ? -Double.parseDouble(digits) : Double.parseDouble(digits);
            literal = suffix.isEmpty() ? new NumberLiteral(value, NumericType.DOUBLE) : null;
        } else {
            BigInteger value = new BigInteger(digits);
            value = negative ? value.negate() : value;
            literal = typed(multiplier == null ? value : value.multiply(multiplier), suffix);
        }
        return new Result(literal, pos);
    }

    /**
     * A literal with the {@code d} suffix, as {@code decimal.TryParse} reads it: null when it exceeds the decimal
     * range (whatever its exponent), zero when it is below the smallest decimal, else rounded to the 28 places
     * a decimal holds.
     */
    private static NumberLiteral decimal(String digits, BigInteger multiplier, boolean negative) {
        int point = digits.indexOf('.');
        boolean exponent = digits.indexOf('e') >= 0 || digits.indexOf('E') >= 0;
        if (!exponent && significantDigits(point < 0 ? digits : digits.substring(0, point)) > DecimalLimit.MAX.precision()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException exponentBeyondInt) {
            boolean tiny = digits.toLowerCase(Locale.ROOT).contains("e-");
            return tiny ? new NumberLiteral(BigDecimal.ZERO, NumericType.DECIMAL) : null;
        }
        if (value.precision() - value.scale() > DecimalLimit.MAX.precision() + 1) {
            return null;
        }
        if (value.precision() - value.scale() < -DECIMAL_PLACES) {
            value = BigDecimal.ZERO;
        } else if (value.scale() > DECIMAL_PLACES) {
            value = value.setScale(DECIMAL_PLACES, RoundingMode.HALF_EVEN);
        }
        value = negative ? value.negate() : value;
        if (multiplier != null) {
            value = value.multiply(new BigDecimal(multiplier));
        }
        return value.abs().compareTo(DecimalLimit.MAX) <= 0 ? new NumberLiteral(value, NumericType.DECIMAL) : null;
    }

    /**
     * A literal with a point or an exponent, as PowerShell reads it: a double (infinite when it overflows, as
     * {@code double.TryParse} gives), times the multiplier; an integer suffix then takes that double rounded to
     * even, or fails when it is out of the suffix's range or infinite.
     */
    private static NumberLiteral real(String digits, String suffix, BigInteger multiplier, boolean negative) {
        double value = Double.parseDouble(digits);
        value = negative ? -value : value;
        if (multiplier != null) {
            value *= multiplier.doubleValue();
        }
        if (suffix.isEmpty()) {
            return new NumberLiteral(value, NumericType.DOUBLE);
        }
        if (Double.isInfinite(value)) {
            return null;
        }
        return typed(new BigDecimal(Math.rint(value)).toBigInteger(), suffix);
    }

    /** The value with the type a suffix asks for; no suffix picks int, long, decimal or double by size. */
    private static NumberLiteral typed(BigInteger v, String suffix) {
        return switch (suffix) {
            case "" -> inRange(v, INT_MIN, INT_MAX) ? new NumberLiteral(v.intValue(), NumericType.INT32)
                    : inRange(v, LONG_MIN, LONG_MAX) ? new NumberLiteral(v.longValue(), NumericType.INT64)
                    : new BigDecimal(v).abs().compareTo(DecimalLimit.MAX) <= 0
                            ? new NumberLiteral(new BigDecimal(v), NumericType.DECIMAL)
                            : new NumberLiteral(v.doubleValue(), NumericType.DOUBLE);
            case "l" -> inRange(v, LONG_MIN, LONG_MAX) ? new NumberLiteral(v.longValue(), NumericType.INT64) : null;
            case "u" -> inRange(v, 0, 0xFFFFFFFFL) ? new NumberLiteral(v.longValue(), NumericType.UINT32)
                    : unsignedLong(v);
            case "ul" -> unsignedLong(v);
            case "s" -> inRange(v, Short.MIN_VALUE, Short.MAX_VALUE)
                    ? new NumberLiteral(v.shortValue(), NumericType.INT16) : null;
            case "us" -> inRange(v, 0, 0xFFFF) ? new NumberLiteral(v.intValue(), NumericType.UINT16) : null;
            case "y" -> inRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE)
                    ? new NumberLiteral(v.byteValue(), NumericType.SBYTE) : null;
            case "uy" -> inRange(v, 0, 0xFF) ? new NumberLiteral(v.shortValue(), NumericType.BYTE) : null;
            case "n" -> new NumberLiteral(v, NumericType.BIG_INTEGER);
            default -> throw new IllegalArgumentException(suffix);
        };
    }

    private static NumberLiteral unsignedLong(BigInteger v) {
        return v.signum() >= 0 && v.bitLength() <= 64 ? new NumberLiteral(v, NumericType.UINT64) : null;
    }

    private static NumberLiteral negate(NumberLiteral literal) {
        return switch (literal.type()) {
            case INT32 -> new NumberLiteral(-literal.value().intValue(), NumericType.INT32);
            case INT64 -> new NumberLiteral(-literal.value().longValue(), NumericType.INT64);
            case INT16 -> new NumberLiteral((short) -literal.value().shortValue(), NumericType.INT16);
            case SBYTE -> new NumberLiteral((byte) -literal.value().byteValue(), NumericType.SBYTE);
            case BIG_INTEGER -> new NumberLiteral(((BigInteger) literal.value()).negate(), NumericType.BIG_INTEGER);
            default -> literal.value() instanceof BigInteger b ? typed(b.negate(), "") : literal;
        };
    }

    private static int significantDigits(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.length() - first;
    }

    private static boolean inRange(BigInteger v, BigInteger min, BigInteger max) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    private static boolean inRange(BigInteger v, long min, long max) {
        return inRange(v, BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    private String suffix(boolean decimalAllowed) {
        char a = lower(peek(0));
        char b = lower(peek(1));
        if (a == 'u' && (b == 'l' || b == 's' || b == 'y')) {
            pos += 2;
            return "u" + b;
        }
        if (a == 'l' || a == 'u' || a == 's' || a == 'y' || a == 'n' || (a == 'd' && decimalAllowed)) {
            pos++;
            return String.valueOf(a);
        }
        return "";
    }

    private BigInteger multiplier() {
        char b = lower(peek(1));
        if (b != 'b') {
            return null;
        }
        int shift = switch (lower(peek(0))) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            case 'p' -> 50;
            default -> -1;
        };
        if (shift < 0) {
            return null;
        }
        pos += 2;
        return BigInteger.ONE.shiftLeft(shift);
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
