package dev.jpwsh.format.render;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.data.FormatData.Alignment;
import dev.jpwsh.format.data.FormatData.FormatEndData;
import dev.jpwsh.format.data.FormatData.FormatEntryData;
import dev.jpwsh.format.data.FormatData.FormatStartData;
import dev.jpwsh.format.data.FormatData.GroupEndData;
import dev.jpwsh.format.data.FormatData.GroupStartData;
import dev.jpwsh.format.data.FormatData.ListEntry;
import dev.jpwsh.format.data.FormatData.ListShape;
import dev.jpwsh.format.data.FormatData.RawText;
import dev.jpwsh.format.data.FormatData.TableRow;
import dev.jpwsh.format.data.FormatData.TableShape;
import dev.jpwsh.format.data.FormatData.WideEntry;
import dev.jpwsh.format.data.FormatData.WideShape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns formatting objects into lines, as pwsh's OutCommandInner does for Out-Default, Out-String and Out-File: a
 * blank line where a format starts and ends (not after a list, whose entries end with one), group headers, table
 * headers and rows, list entries, wide rows, and out-of-band entries on their own. Table widths come from the
 * objects of a group gathered first ({@link GroupCache}); the rest stream through.
 */
public final class LineRenderer {
    /** pwsh's width for tables when the output's width is unbounded and no console tells one. */
    public static final int DEFAULT_CONSOLE_WIDTH = 120;

    private final Consumer<String> out;
    private final int columns;
    private final int consoleWidth;
    private final java.util.function.Supplier<Style> style;
    private final GroupCache cache = new GroupCache();
    private FormatData.Shape shape;
    private boolean inGroup;
    private TableWriter table;
    private List<String> tableLabels;
    private WideRow wide;

    /**
     * {@code columns} is the line width ({@link Integer#MAX_VALUE}: unbounded); {@code consoleWidth} the width
     * tables and wide views take when the line width is unbounded; {@code style} gives the decoration in force.
     */
    public LineRenderer(Consumer<String> out, int columns, int consoleWidth, java.util.function.Supplier<Style> style) {
        this.out = out;
        this.columns = columns;
        this.consoleWidth = consoleWidth;
        this.style = style;
    }

    public void accept(FormatData data) {
        List<FormatData> ready = cache.add(data);
        if (ready != null) {
            ready.forEach(this::process);
        }
    }

    /** Prints what is still gathered. */
    public void close() {
        cache.drain().forEach(this::process);
    }

    private int tableWidth() {
        return columns == Integer.MAX_VALUE ? consoleWidth : columns;
    }

    private void process(FormatData data) {
        switch (data) {
            case FormatStartData start -> {
                shape = start.shape();
                out.accept("");
            }
            case GroupStartData group -> {
                if (group.label() != null) {
                    TextCells.splitLines(group.label()).forEach(out);
                    out.accept("");
                }
                startGroup();
            }
            case FormatEntryData entry when entry.outOfBand() || !inGroup -> outOfBand(entry.entry());
            case FormatEntryData entry -> payload(entry.entry());
            case GroupEndData end -> {
                if (wide != null) {
                    wide.flush();
                }
                inGroup = false;
            }
            case FormatEndData end -> {
                if (!(shape instanceof ListShape)) {
                    out.accept("");
                }
                shape = null;
            }
        }
    }

    private void startGroup() {
        inGroup = true;
        table = null;
        wide = null;
        int[] hint = cache.takeTableHint();
        switch (shape) {
            case TableShape t -> {
                int n = t.columns().size();
                int[] widths = new int[n];
                Alignment[] alignments = new Alignment[n];
                tableLabels = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    FormatData.Column c = t.columns().get(k);
                    widths[k] = hint != null ? hint[k] : c.width();
                    alignments[k] = c.alignment() == Alignment.UNDEFINED ? Alignment.LEFT : c.alignment();
                    tableLabels.add(c.label());
                }
                if (n > 0) {
                    table = new TableWriter(widths, alignments, t.hideHeader(), tableWidth(), style.get());
                    table.header(tableLabels).forEach(out);
                }
            }
            case WideShape w -> {
                int perRow = 2;
                int maxWidth = cache.takeWideHint();
                if (maxWidth > 0) {
                    perRow = WideRow.bestFit(maxWidth, tableWidth());
                } else if (w.columns() > 0) {
                    perRow = w.columns();
                }
                wide = new WideRow(perRow, tableWidth(), style.get(), out);
            }
            case null, default -> {
            }
        }
    }

    private void payload(FormatData.Entry entry) {
        switch (entry) {
            case TableRow row when table != null -> {
                boolean wrap = shape instanceof TableShape t && t.wrap();
                table.row(row.cells(), row.alignments() == null ? null : row.alignments().toArray(Alignment[]::new),
                        wrap).forEach(out);
            }
            case ListEntry list -> {
                ListWriter.lines(list.labels(), list.values(), columns, style.get()).forEach(out);
                out.accept("");
            }
            case WideEntry cell when wide != null -> wide.add(cell.text());
            case RawText text -> TextCells.splitLines(text.text()).forEach(out);
            default -> {
            }
        }
    }

    private void outOfBand(FormatData.Entry entry) {
        switch (entry) {
            case RawText text -> out.accept(text.text());
            case ListEntry list -> {
                out.accept("");
                ListWriter.lines(list.labels(), list.values(), columns, style.get()).forEach(out);
                out.accept("");
            }
            case WideEntry cell -> out.accept(cell.text());
            case TableRow row -> out.accept(String.join(" ", row.cells()));
        }
    }
}
