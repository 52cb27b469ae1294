package dev.jpwsh.format;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How a value shows inside a table cell or list entry: collections as {@code {a, b}}, null as nothing. */
final class CellText {
    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?>) {
            return "System.Collections.Hashtable";
        }
        if (Enumerables.isEnumerable(value)) {
            List<String> parts = new ArrayList<>();
            for (Object item : Enumerables.toList(value)) {
                parts.add(LanguagePrimitives.toString(item));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return LanguagePrimitives.toString(value);
    }

    static boolean isNumeric(Object value) {
        return value instanceof Number;
    }
}
