package dev.jpwsh.format.render;

import dev.jpwsh.format.data.FormatData.Alignment;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out table lines as pwsh's TableWriter does: columns fitted into the line width, one blank between columns,
 * cells padded to their column (the last one only when right-aligned), too-long text cut with an ellipsis (at the
 * start for right-aligned cells), and with -Wrap (and always for the header) cells broken over several lines.
 */
final class TableWriter {
    private static final int MINIMUM_SCREEN_COLUMNS = 5;

    private final int[] widths;
    private final Alignment[] alignments;
    private final boolean hideHeader;
    private final Style style;
    private final boolean disabled;
    private List<String> header;

    TableWriter(int[] requestedWidths, Alignment[] alignments, boolean hideHeader, int screenColumns, Style style) {
        this.widths = requestedWidths.clone();
        this.alignments = alignments;
        this.hideHeader = hideHeader;
        this.style = style;
        boolean tooNarrow = screenColumns < MINIMUM_SCREEN_COLUMNS;
        if (!tooNarrow) {
            ColumnWidths.fit(widths, screenColumns);
        }
        boolean anyVisible = false;
        for (int w : widths) {
            anyVisible |= w >= 1;
        }
        this.disabled = tooNarrow || !anyVisible;
    }

    /** The header lines: the labels (wrapped if a column is narrower) and a line of dashes. */
    List<String> header(List<String> labels) {
        if (disabled || hideHeader) {
            return List.of();
        }
        if (header != null) {
            return header;
        }
        header = new ArrayList<>(multiLine(labels, alignments, true));
        List<String> dashes = new ArrayList<>();
        for (int k = 0; k < widths.length; k++) {
            int count = widths[k];
            String label = labels.get(k);
            if (count <= 0) {
                dashes.add("");
                continue;
            }
            if (label != null && !label.isEmpty() && TextCells.cells(label) < count) {
                count = TextCells.cells(label);
            }
            dashes.add("-".repeat(count));
        }
        header.add(singleLine(dashes, alignments, true));
        return header;
    }

    /** A row's lines: one, or with {@code multiLine} as many as its longest wrapped cell needs. */
    List<String> row(List<String> values, Alignment[] rowAlignments, boolean multiLine) {
        if (disabled) {
            return List.of();
        }
        Alignment[] effective = new Alignment[widths.length];
        for (int k = 0; k < widths.length; k++) {
            Alignment a = rowAlignments == null || k >= rowAlignments.length ? Alignment.UNDEFINED : rowAlignments[k];
            effective[k] = a == Alignment.UNDEFINED ? alignments[k] : a;
        }
        List<String> cells = new ArrayList<>(widths.length);
        for (int k = 0; k < widths.length; k++) {
            cells.add(k < values.size() && values.get(k) != null ? values.get(k) : "");
        }
        return multiLine ? multiLine(cells, effective, false) : List.of(singleLine(cells, effective, false));
    }

    private String singleLine(List<String> values, Alignment[] align, boolean isHeader) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < widths.length; k++) {
            boolean pad = k < widths.length - 1;
            if (widths[k] <= 0) {
                continue;
            }
            if (k > 0) {
                sb.append(' ');
            }
            String field = field(TextCells.truncateAtNewLine(values.get(k)), widths[k], align[k], pad);
            sb.append(isHeader ? style.tableHeader() + field + style.reset() : field);
        }
        return sb.toString();
    }

    private List<String> multiLine(List<String> values, Alignment[] align, boolean isHeader) {
        List<Integer> visible = new ArrayList<>();
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] > 0) {
                visible.add(k);
            }
        }
        List<List<String>> columns = new ArrayList<>();
        for (int v = 0; v < visible.size(); v++) {
            int k = visible.get(v);
            boolean pad = v < visible.size() - 1;
            List<String> lines = new ArrayList<>(TextCells.wrap(values.get(k) == null ? "" : values.get(k), widths[k]));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (TextCells.cells(line) < widths[k] && (pad || align[k] == Alignment.RIGHT || align[k] == Alignment.CENTER)) {
                    line = field(line, widths[k], align[k], pad);
                }
                lines.set(i, v > 0 ? " " + line : line);
            }
            columns.add(lines);
        }
        int rows = 0;
        for (List<String> c : columns) {
            rows = Math.max(rows, c.size());
        }
        int[] lastWithContent = new int[rows];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns.size(); col++) {
                if (columns.get(col).size() > row) {
                    lastWithContent[row] = col;
                }
            }
        }
        for (int col = 0; col < columns.size(); col++) {
            int blanks = col < columns.size() - 1 ? widths[visible.get(col)] + (col > 0 ? 1 : 0) : 0;
            List<String> c = columns.get(col);
            for (int row = c.size(); row < rows; row++) {
                c.add(col > lastWithContent[row] ? "" : " ".repeat(blanks));
            }
        }
        List<String> lines = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            StringBuilder sb = new StringBuilder();
            for (int col = 0; col < columns.size(); col++) {
                String value = columns.get(col).get(row);
                if (col == lastWithContent[row] && rows > 1) {
                    value = value.stripTrailing();
                }
                sb.append(isHeader ? style.tableHeader() + value + style.reset() : value);
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /** One cell's text at {@code width}: padded as aligned, or cut with an ellipsis. */
    static String field(String value, int width, Alignment alignment, boolean pad) {
        int length = TextCells.cells(value);
        if (length < width) {
            int count = width - length;
            return switch (alignment) {
                case RIGHT -> " ".repeat(count) + value;
                case CENTER -> " ".repeat(count / 2) + value + (pad ? " ".repeat(count - count / 2) : "");
                default -> pad ? value + " ".repeat(count) : value;
            };
        }
        if (length == width) {
            return value;
        }
        int keep = width - TextCells.ELLIPSIS.length();
        if (keep > 0) {
            return alignment == Alignment.RIGHT ? TextCells.ELLIPSIS + TextCells.tail(value, keep)
                    : TextCells.head(value, keep) + TextCells.ELLIPSIS;
        }
        return alignment == Alignment.RIGHT ? TextCells.tail(value, width) : TextCells.head(value, width);
    }
}
