package dev.jpwsh.format;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How a value shows inside a table cell or list entry: collections as {@code {a, b}}, null as nothing. */
final class CellText {
    /** How many elements of a collection a cell shows, as {@code $FormatEnumerationLimit} defaults to. */
    private static final int ENUMERATION_LIMIT = 4;

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?>) {
            return "System.Collections.Hashtable";
        }
        if (Enumeration.isEnumerable(value)) {
            List<String> parts = new ArrayList<>();
            List<Object> items = Enumeration.toList(value);
            for (Object item : items.subList(0, Math.min(items.size(), ENUMERATION_LIMIT))) {
                parts.add(LanguagePrimitives.toString(item));
            }
            return "{" + String.join(", ", parts) + (items.size() > ENUMERATION_LIMIT ? "…" : "") + "}";
        }
        return LanguagePrimitives.toString(value);
    }

    /** Numbers and booleans align right in a table. */
    static boolean alignsRight(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    /** Table cells show floating-point numbers with two decimals ({@code F}), as pwsh 7.3 and later do. */
    static String ofTableCell(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when !d.isNaN() && !d.isInfinite() -> fixed(new java.math.BigDecimal(Double.toString(d)));
            case Float f when !f.isNaN() && !f.isInfinite() -> fixed(new java.math.BigDecimal(Float.toString(f)));
            case java.math.BigDecimal d -> fixed(d);
            default -> of(value);
        };
    }

    private static String fixed(java.math.BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
