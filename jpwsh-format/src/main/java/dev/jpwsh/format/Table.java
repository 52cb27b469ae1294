package dev.jpwsh.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as pwsh prints it: a blank line, the header, a row of dashes, the rows, a blank line. Each column
 * is as wide as its widest cell; numeric columns align right unless a view fixes the alignment; the last column is
 * not padded on the right.
 */
final class Table {
    private final List<String> headers;
    private final List<Integer> fixedWidths;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    private final boolean alignNumbers;
    /** True when a view set {@link #rightAligned}; else the first row's cells decide it. */
    private final boolean alignmentFixed;

    /**
     * {@code fixedWidths} entries of 0 mean "as wide as the widest cell"; {@code alignNumbers} right-aligns
     * columns whose first cell is a number or boolean (not in a hashtable's Name/Value view).
     */
    Table(List<String> headers, List<Integer> fixedWidths, boolean alignNumbers) {
        this.headers = headers;
        this.fixedWidths = fixedWidths;
        this.rightAligned = new boolean[headers.size()];
        this.alignNumbers = alignNumbers;
        this.alignmentFixed = false;
    }

    /** A table with {@code view}'s headers, widths and alignments. */
    Table(TableView view) {
        this.headers = view.headers();
        this.fixedWidths = view.widths();
        this.rightAligned = view.rightAligned();
        this.alignNumbers = true;
        this.alignmentFixed = true;
    }

    void addRow(List<Object> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (rows.isEmpty() && alignNumbers && !alignmentFixed && CellText.alignsRight(v)) {
                rightAligned[i] = true;
            }
            cells.add(alignNumbers ? CellText.ofTableCell(v) : CellText.of(v));
        }
        rows.add(cells);
    }

    List<String> render() {
        int n = headers.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = fixedWidths.get(i) > 0 ? fixedWidths.get(i) : headers.get(i).length();
            if (fixedWidths.get(i) == 0) {
                for (List<String> row : rows) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(line(headers, widths));
        List<String> dashes = new ArrayList<>();
        for (String h : headers) {
            dashes.add("-".repeat(h.length()));
        }
        lines.add(line(dashes, widths));
        for (List<String> row : rows) {
            lines.add(line(row, widths));
        }
        lines.add("");
        return lines;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = fit(cells.get(i), widths[i]);
            boolean last = i == cells.size() - 1;
            if (rightAligned[i]) {
                sb.append(" ".repeat(widths[i] - cell.length())).append(cell);
            } else {
                sb.append(cell);
                if (!last) {
                    sb.append(" ".repeat(widths[i] - cell.length()));
                }
            }
            if (!last) {
                sb.append(' ');
            }
        }
        return sb.toString().stripTrailing();
    }

    /** A cell longer than a fixed column width is cut and ends with an ellipsis. */
    private static String fit(String cell, int width) {
        return cell.length() <= width ? cell : cell.substring(0, Math.max(width - 1, 0)) + "…";
    }
}
