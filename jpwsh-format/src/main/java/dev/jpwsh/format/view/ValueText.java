package dev.jpwsh.format.view;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.ops.CompositeFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How a value shows in a cell or list line, as pwsh's SmartToString makes it: nothing for null, a collection as
 * {@code {a, b, c…}} cut at the enumeration limit (a dictionary by its keys), floating-point numbers in tables
 * with two decimals, a FormatString applied through .NET composite formatting.
 */
public final class ValueText {
    private ValueText() {
    }

    /** The display text of {@code value}; {@code tableNumbers} gives doubles and decimals two decimals. */
    public static String of(Object value, int enumerationLimit, String formatString, boolean tableNumbers) {
        if (formatString != null && value != null) {
            try {
                String template = formatString.contains("{0") ? formatString : "{0:" + formatString + "}";
                return CompositeFormat.format(template, List.of(value));
            } catch (RuntimeException badFormat) {
                return plain(value);
            }
        }
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Map<?, ?> map -> collection(map.keySet().iterator(), enumerationLimit);
            case Double d when tableNumbers && !d.isNaN() && !d.isInfinite() -> fixed(new BigDecimal(d.toString()));
            case Float f when tableNumbers && !f.isNaN() && !f.isInfinite() -> fixed(new BigDecimal(f.toString()));
            case BigDecimal d when tableNumbers -> fixed(d);
            default -> Enumeration.isEnumerable(value)
                    ? collection(Enumeration.toList(value).iterator(), enumerationLimit) : plain(value);
        };
    }

    /** {@code value}'s string, empty for null. */
    public static String plain(Object value) {
        return value == null ? "" : LanguagePrimitives.toString(value);
    }

    /** A member's value, or null when reading it fails. */
    public static Object member(Object target, String name) {
        try {
            return Members.get(target, name);
        } catch (dev.jpwsh.engine.exec.PSException | dev.jpwsh.runtime.error.PSRuntimeException unreadable) {
            return null;
        }
    }

    /** Whether a table column of this value aligns right: numbers, booleans, characters and enums. */
    public static boolean alignsRight(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof dev.jpwsh.runtime.object.FlagsEnum;
    }

    private static String collection(Iterator<?> items, int limit) {
        StringBuilder sb = new StringBuilder("{");
        int count = 0;
        while (items.hasNext()) {
            Object item = items.next();
            if (limit >= 0 && count == limit) {
                sb.append('…');
                break;
            }
            if (count > 0) {
                sb.append(", ");
            }
            sb.append(item == null ? "$null" : plain(item));
            count++;
        }
        return sb.append('}').toString();
    }

    private static String fixed(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
