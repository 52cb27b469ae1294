package dev.jpwsh.runtime.format;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.number.UnsignedInteger;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number's {@code ToString(format, culture)} as .NET writes it: the standard specifiers with an optional precision,
 * anything else a custom pattern; the culture's separators, signs, symbols and currency and percent patterns.
 * Midpoints round away from zero, as .NET's formatting does.
 */
public final class NumberFormatter {
    private static final String[] CURRENCY_POSITIVE = {"$n", "n$", "$ n", "n $"};
    private static final String[] CURRENCY_NEGATIVE = {"($n)", "-$n", "$-n", "$n-", "(n$)", "-n$", "n-$", "n$-",
        "-n $", "-$ n", "n $-", "$ n-", "$ -n", "n- $", "($ n)", "(n $)", "$- n"};
    private static final String[] PERCENT_POSITIVE = {"n %", "n%", "%n", "% n"};
    private static final String[] PERCENT_NEGATIVE = {"-n %", "-n%", "-%n", "%-n", "%n-", "n-%", "n%-", "-% n",
        "n %-", "% n-", "% -n", "n- %"};

    private NumberFormatter() {
    }

    /** {@code value.ToString(format)} in the invariant culture; an empty or null format is the value's plain text. */
    public static String format(Number value, String format) {
        return format(value, format, FormatCulture.invariant());
    }

    /**
     * {@code value.ToString(format, culture)}; an empty or null format is the value's general text (a double's
     * shortest round-trip digits, as .NET writes it, where casts and interpolation write 15 digits).
     */
    public static String format(Number value, String format, FormatCulture culture) {
        FormatCulture.Numbers symbols = culture.numbers();
        if (format == null || format.isEmpty()) {
            boolean floating = value instanceof Double || value instanceof Float;
            return culture.isInvariant() && !floating ? LanguagePrimitives.toString(value)
                    : standard(value, 'G', -1, symbols);
        }
        char kind = format.charAt(0);
        if (isAsciiLetter(kind) && (format.length() == 1 || format.substring(1).chars().allMatch(
                c -> c >= '0' && c <= '9'))) {
            return standard(value, kind, format.length() == 1 ? -1 : precision(format.substring(1)), symbols);
        }
        return CustomNumberFormat.format(value, format, symbols);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int precision(String digits) {
        if (digits.length() > 9) {
            throw new NumberFormatException("Precision cannot be larger than 999999999.");
        }
        return Integer.parseInt(digits);
    }

    static RuntimeException invalidSpecifier() {
        return new NumberFormatException("Format specifier was invalid.");
    }

    static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger || n instanceof UnsignedInteger;
    }

    private static String standard(Number value, char kind, int precision, FormatCulture.Numbers symbols) {
        char upper = Character.toUpperCase(kind);
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
            double d = value.doubleValue();
            if ("CDEFGNPRX B".indexOf(upper) < 0) {
                throw invalidSpecifier();
            }
            return Double.isNaN(d) ? symbols.nanSymbol() : d > 0 ? symbols.positiveInfinitySymbol()
                    : symbols.negativeInfinitySymbol();
        }
        return switch (upper) {
            case 'G' -> localize(general(value, precision, kind == 'g' ? 'e' : 'E'), symbols);
            case 'R' -> localize(general(value, -1, 'E'), symbols);
            case 'D' -> {
                BigInteger i = integral(value);
                String digits = i.abs().toString();
                yield (i.signum() < 0 ? symbols.negativeSign() : "") + zeroPad(digits, precision);
            }
            case 'X' -> zeroPad(twosComplement(value).toString(16), precision).transform(
                    s -> kind == 'X' ? s.toUpperCase(Locale.ROOT) : s);
            case 'B' -> zeroPad(twosComplement(value).toString(2), precision);
            case 'N' -> pattern(value, localize(grouped(exact(value), precision < 0 ? 2 : precision), symbols), "n",
                    "-n", "", symbols);
            case 'F' -> pattern(value, localize(fixed(exact(value), precision < 0 ? 2 : precision), symbols), "n",
                    "-n", "", symbols);
            case 'P' -> pattern(value, localize(grouped(exact(value).movePointRight(2), precision < 0 ? 2
                    : precision), symbols), PERCENT_POSITIVE[symbols.percentPositivePattern()],
                    PERCENT_NEGATIVE[symbols.percentNegativePattern()], symbols.percentSymbol(), symbols);
            case 'C' -> pattern(value, localize(grouped(exact(value), precision < 0 ? symbols.currencyDecimalDigits()
                    : precision), symbols), CURRENCY_POSITIVE[symbols.currencyPositivePattern()],
                    CURRENCY_NEGATIVE[symbols.currencyNegativePattern()], symbols.currencySymbol(), symbols);
            case 'E' -> localize(scientific(exact(value), precision < 0 ? 6 : precision, kind, 3, true), symbols);
            default -> throw invalidSpecifier();
        };
    }

    /**
     * The absolute value's text placed in the culture's pattern: {@code n} is the number, {@code $} or {@code %}
     * the symbol, {@code -} the negative sign; a negative value that rounds to zero takes the positive pattern.
     */
    private static String pattern(Number value, String text, String positive, String negative, String symbol,
            FormatCulture.Numbers symbols) {
        boolean minus = exact(value).signum() < 0 && text.chars().anyMatch(c -> c >= '1' && c <= '9');
        StringBuilder out = new StringBuilder();
        for (char c : (minus ? negative : positive).toCharArray()) {
            switch (c) {
                case 'n' -> out.append(text);
                case '$', '%' -> out.append(symbol);
                case '-' -> out.append(symbols.negativeSign());
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Invariant number text ({@code -1,234.5E+003}) with the culture's separators and negative sign. */
    private static String localize(String text, FormatCulture.Numbers symbols) {
        if (symbols.decimalSeparator().equals(".") && symbols.groupSeparator().equals(",")
                && symbols.negativeSign().equals("-")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '.' -> out.append(symbols.decimalSeparator());
                case ',' -> out.append(symbols.groupSeparator());
                case '-' -> out.append(symbols.negativeSign());
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String zeroPad(String digits, int width) {
        return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
    }

    private static BigInteger integral(Number value) {
        if (!isIntegral(value)) {
            throw invalidSpecifier();
        }
        return value instanceof UnsignedInteger u ? u.bigValue() : value instanceof BigInteger b ? b
                : BigInteger.valueOf(value.longValue());
    }

    /** A negative integer's bits as .NET shows them in X and B: two's complement in the type's width. */
    private static BigInteger twosComplement(Number value) {
        BigInteger i = integral(value);
        if (i.signum() >= 0) {
            return i;
        }
        int bits = value instanceof Byte ? 8 : value instanceof Short ? 16 : value instanceof Integer ? 32
                : value instanceof Long ? 64 : Math.max(8, (i.bitLength() / 8 + 1) * 8);
        return i.add(BigInteger.ONE.shiftLeft(bits));
    }

    /** The value as an exact decimal: a double by its shortest round-trip digits. */
    static BigDecimal exact(Number number) {
        return switch (number) {
            case BigDecimal d -> d;
            case BigInteger b -> new BigDecimal(b);
            case UnsignedInteger u -> new BigDecimal(u.bigValue());
            case Double d -> new BigDecimal(Double.toString(d));
            case Float f -> new BigDecimal(Float.toString(f));
            default -> BigDecimal.valueOf(number.longValue());
        };
    }

    /** The absolute value rounded to {@code decimals} places, without grouping. */
    static String fixed(BigDecimal value, int decimals) {
        return value.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** The absolute value rounded to {@code decimals} places, its integer digits grouped by three. */
    static String grouped(BigDecimal value, int decimals) {
        String plain = fixed(value, decimals);
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(integer.charAt(i));
        }
        return point < 0 ? sb.toString() : sb.append(plain, point, plain.length()).toString();
    }

    /** {@code d.ddddE+ddd}: {@code decimals} digits after the point, an exponent of at least {@code minExponent}. */
    static String scientific(BigDecimal value, int decimals, char e, int minExponent, boolean plusSign) {
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal abs = value.abs();
        int exponent = 0;
        String digits;
        if (abs.signum() == 0) {
            digits = "0".repeat(decimals + 1);
        } else {
            BigDecimal rounded = abs.round(new java.math.MathContext(decimals + 1, RoundingMode.HALF_UP));
            exponent = rounded.precision() - rounded.scale() - 1;
            digits = zeroPadRight(rounded.unscaledValue().toString(), decimals + 1);
        }
        StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
        if (decimals > 0) {
            sb.append('.').append(digits, 1, decimals + 1);
        }
        sb.append(e == 'e' ? 'e' : 'E').append(exponent < 0 ? "-" : plusSign ? "+" : "");
        return sb.append(zeroPad(Integer.toString(Math.abs(exponent)), minExponent)).toString();
    }

    private static String zeroPadRight(String digits, int width) {
        return digits.length() < width ? digits + "0".repeat(width - digits.length()) : digits.substring(0, width);
    }

    /**
     * G: the shortest round-trip text (or {@code precision} significant digits), plain unless the exponent reaches
     * the precision (15 for a double, 7 for a float by default) or falls below -5.
     */
    private static String general(Number value, int precision, char e) {
        if (isIntegral(value)) {
            BigInteger i = integral(value);
            if (precision <= 0 || i.abs().toString().length() <= precision) {
                return i.toString();
            }
            return scientificGeneral(new BigDecimal(i), precision, e);
        }
        if (value instanceof BigDecimal d && precision <= 0) {
            return d.toPlainString();
        }
        BigDecimal exact = exact(value);
        int limit = precision > 0 ? precision : value instanceof Float ? 7 : 15;
        if (precision > 0) {
            exact = exact.round(new java.math.MathContext(precision, RoundingMode.HALF_UP));
        }
        if (exact.signum() == 0) {
            return value instanceof Double d && 1 / d < 0 ? "-0" : "0";
        }
        exact = exact.stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent >= -5 && exponent < limit) {
            return exact.toPlainString();
        }
        return scientificGeneral(exact, exact.precision(), e);
    }

    private static String scientificGeneral(BigDecimal value, int digits, char e) {
        String s = scientific(value, Math.max(digits - 1, 0), e, 2, true);
        int at = s.indexOf(e);
        String mantissa = s.substring(0, at);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "");
            mantissa = mantissa.endsWith(".") ? mantissa.substring(0, mantissa.length() - 1) : mantissa;
        }
        return mantissa + s.substring(at);
    }
}
