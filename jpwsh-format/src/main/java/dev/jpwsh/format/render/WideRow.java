package dev.jpwsh.format.render;

import dev.jpwsh.format.data.FormatData.Alignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The cells of a wide view gathered into rows of a fixed number of equally shared columns. */
final class WideRow {
    private final TableWriter writer;
    private final int perRow;
    private final Consumer<String> out;
    private final List<String> cells = new ArrayList<>();

    WideRow(int perRow, int screenColumns, Style style, Consumer<String> out) {
        this.perRow = perRow;
        this.out = out;
        Alignment[] left = new Alignment[perRow];
        Arrays.fill(left, Alignment.LEFT);
        this.writer = new TableWriter(new int[perRow], left, true, screenColumns, style);
    }

    /** How many cells of {@code width} fit on a line of {@code screenColumns}, one blank apart (at least one). */
    static int bestFit(int width, int screenColumns) {
        if (width <= 0 || screenColumns < 1 || width >= screenColumns) {
            return 1;
        }
        int count = 1;
        while (width * (count + 1) + count < screenColumns) {
            count++;
        }
        return count;
    }

    void add(String text) {
        cells.add(text);
        if (cells.size() == perRow) {
            flush();
        }
    }

    void flush() {
        if (cells.isEmpty()) {
            return;
        }
        while (cells.size() < perRow) {
            cells.add("");
        }
        writer.row(cells, null, false).forEach(out);
        cells.clear();
    }
}
