package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.format.NumberFormatter;
import java.util.List;

/**
 * .NET composite formatting for {@code -f}: {@code {index[,alignment][:format]}} items, {@code {{} and
 * {@code }}} escapes; each value is formatted by its own {@link Formattable} or, for numbers, by
 * {@link NumberFormatter}, in the thread's current culture as .NET's String.Format does. Stateless.
 */
public final class CompositeFormat {
    private CompositeFormat() {
    }

    public static String format(String template, List<Object> args) {
        return format(FormatCulture.current(), template, args);
    }

    /** String.Format with an IFormatProvider: the items are written in {@code culture}. */
    public static String format(FormatCulture culture, String template, List<Object> args) {
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
                out.append(item(template.substring(i + 1, close), args, culture));
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

    private static String item(String spec, List<Object> args, FormatCulture culture) {
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
        String text = formatValue(args.get(index), format, culture);
        if (Math.abs(alignment) > text.length()) {
            String pad = " ".repeat(Math.abs(alignment) - text.length());
            text = alignment > 0 ? pad + text : text + pad;
        }
        return text;
    }

    /** One value with an optional .NET format string in the culture; a bad one is -f's FormatError. */
    private static String formatValue(Object value, String format, FormatCulture culture) {
        try {
            if (value instanceof Formattable f && (format != null && !format.isEmpty() || !culture.isInvariant())) {
                return f.format(format, culture);
            }
            if (value instanceof Number number) {
                return NumberFormatter.format(number, format, culture);
            }
            return LanguagePrimitives.toString(value);
        } catch (NumberFormatException e) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("FormatError", "InvalidOperation",
                    "Error formatting a string: " + e.getMessage() + ".");
        }
    }
}
