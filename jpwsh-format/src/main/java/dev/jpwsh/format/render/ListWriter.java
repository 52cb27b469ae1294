package dev.jpwsh.format.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a list entry as pwsh's ListWriter does: labels padded to the longest (cut to leave room for a value),
 * {@code " : "}, the value broken at line breaks and at the line width, its further lines indented under the
 * first.
 */
final class ListWriter {
    private static final String SEPARATOR = " : ";

    private ListWriter() {
    }

    static List<String> lines(List<String> labels, List<String> values, int columns, Style style) {
        List<String> out = new ArrayList<>();
        if (labels.isEmpty() || columns - SEPARATOR.length() - 2 < 0) {
            return out;
        }
        int labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, TextCells.cells(label));
        }
        labelWidth = Math.min(labelWidth, columns - SEPARATOR.length() - 1);
        int indent = labelWidth + SEPARATOR.length();
        String padding = " ".repeat(indent);
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            int cells = TextCells.cells(label);
            label = cells < labelWidth ? label + " ".repeat(labelWidth - cells) : TextCells.head(label, labelWidth);
            label += SEPARATOR;
            String value = k < values.size() && values.get(k) != null ? values.get(k) : "";
            List<String> valueLines = TextCells.splitLines(value);
            for (int i = 0; i < valueLines.size(); i++) {
                List<String> pieces = TextCells.wrap(valueLines.get(i), columns - indent);
                for (int p = 0; p < pieces.size(); p++) {
                    if (i == 0 && p == 0) {
                        boolean styled = !style.formatAccent().isEmpty();
                        out.add(styled ? style.formatAccent() + label + style.reset() + pieces.get(p)
                                : label + pieces.get(p));
                    } else {
                        out.add(padding + pieces.get(p));
                    }
                }
            }
        }
        return out;
    }
}
