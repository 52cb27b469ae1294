package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * .NET composite formatting for {@code -f}: {@code {index[,alignment][:format]}} items, {@code {{} and
 * {@code }}} escapes, and the standard numeric formats N, D, F, X, P, E, G plus custom {@code 0.00}/{@code #}
 * patterns, all culture-invariant. Like .NET, formatting rounds midpoints away from zero. Stateless.
 */
public final class CompositeFormat {
    private static final DecimalFormatSymbols INVARIANT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private CompositeFormat() {
    }

    public static String format(String template, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw formatError();
                }
                out.append(item(template.substring(i + 1, close), args));
                i = close + 1;
            } else if (c == '}') {
                throw formatError();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static RuntimeException formatError() {
        return new dev.jpwsh.runtime.error.PSRuntimeException("FormatError", "InvalidOperation",
                "Error formatting a string: Input string was not in a correct format..");
    }

    /** A format item's index or alignment: an integer, or the format error .NET raises for anything else. */
    private static int formatNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw formatError();
        }
    }

    private static String item(String spec, List<Object> args) {
        String format = null;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            format = spec.substring(colon + 1);
            spec = spec.substring(0, colon);
        }
        int alignment = 0;
        int comma = spec.indexOf(',');
        if (comma >= 0) {
            alignment = formatNumber(spec.substring(comma + 1));
            spec = spec.substring(0, comma);
        }
        int index = formatNumber(spec);
        if (index >= args.size()) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("FormatError", "InvalidOperation",
                    "Error formatting a string: Index (zero based) must be greater than or equal to zero and less "
                            + "than the size of the argument list..");
        }
        String text = formatValue(args.get(index), format);
        if (Math.abs(alignment) > text.length()) {
            String pad = " ".repeat(Math.abs(alignment) - text.length());
            text = alignment > 0 ? pad + text : text + pad;
        }
        return text;
    }

    /** One value with an optional .NET format string. */
    public static String formatValue(Object value, String format) {
        if (value instanceof Formattable f && format != null && !format.isEmpty()) {
            return f.format(format);
        }
        if (format == null || format.isEmpty() || !(value instanceof Number number)) {
            return LanguagePrimitives.toString(value);
        }
        char kind = Character.toUpperCase(format.charAt(0));
        String digitsText = format.substring(1);
        boolean standard = "NDFXPEGC".indexOf(kind) >= 0 && digitsText.chars().allMatch(Character::isDigit);
        if (!standard) {
            return custom(number, format);
        }
        if (digitsText.length() > 9) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("FormatError", "InvalidOperation",
                    "Error formatting a string: Format specifier was invalid..");
        }
        Integer digits = digitsText.isEmpty() ? null : Integer.parseInt(digitsText);
        BigDecimal exact = exact(number);
        return switch (kind) {
            case 'N' -> grouped(exact, digits == null ? 2 : digits);
            case 'F' -> exact.setScale(digits == null ? 2 : digits, RoundingMode.HALF_UP).toPlainString();
            case 'D' -> {
                String s = exact.toBigInteger().abs().toString();
                String padded = digits != null && s.length() < digits ? "0".repeat(digits - s.length()) + s : s;
                yield (exact.signum() < 0 ? "-" : "") + padded;
            }
            case 'X' -> {
                String hex = exact.toBigInteger().toString(16);
                hex = format.charAt(0) == 'X' ? hex.toUpperCase(Locale.ROOT) : hex;
                yield digits != null && hex.length() < digits ? "0".repeat(digits - hex.length()) + hex : hex;
            }
            case 'P' -> grouped(exact.movePointRight(2), digits == null ? 2 : digits) + " %";
            case 'C' -> "¤" + grouped(exact, digits == null ? 2 : digits);
            case 'E' -> scientific(exact, digits == null ? 6 : digits, format.charAt(0));
            default -> LanguagePrimitives.toString(value);
        };
    }

    private static BigDecimal exact(Number number) {
        return number instanceof BigDecimal d ? d : number instanceof BigInteger b ? new BigDecimal(b)
                : number instanceof Double || number instanceof Float ? new BigDecimal(Double.toString(
                        number.doubleValue())) : BigDecimal.valueOf(number.longValue());
    }

    private static String grouped(BigDecimal value, int digits) {
        DecimalFormat f = new DecimalFormat("#,##0" + (digits > 0 ? "." + "0".repeat(digits) : ""), INVARIANT);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    private static String scientific(BigDecimal value, int digits, char e) {
        DecimalFormat f = new DecimalFormat("0." + "0".repeat(Math.max(digits, 1)) + "E000", INVARIANT);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(value);
        int at = s.indexOf('E');
        String exponent = s.substring(at + 1);
        String sign = exponent.startsWith("-") ? "-" : "+";
        return s.substring(0, at) + (e == 'e' ? 'e' : 'E') + sign + exponent.replace("-", "");
    }

    private static String custom(Number number, String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, INVARIANT);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(exact(number));
    }
}
