package dev.jpwsh.format.render;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.data.FormatData.FormatEntryData;
import dev.jpwsh.format.data.FormatData.FormatStartData;
import dev.jpwsh.format.data.FormatData.GroupEndData;
import dev.jpwsh.format.data.FormatData.GroupStartData;
import dev.jpwsh.format.data.FormatData.TableRow;
import dev.jpwsh.format.data.FormatData.TableShape;
import dev.jpwsh.format.data.FormatData.WideEntry;
import dev.jpwsh.format.data.FormatData.WideShape;
import java.util.ArrayList;
import java.util.List;

/**
 * pwsh's group cache: the start of a table whose columns have no widths holds back its rows for 300 ms (measured
 * when each next object comes), a table or wide view with -AutoSize holds back its whole group, and the widths of
 * what was held back (header labels included) size the columns; everything else passes straight through.
 */
final class GroupCache {
    private static final long GROUPING_NANOS = 300_000_000L;

    private enum Mode { NONE, TIMED, WHOLE_GROUP }

    private final List<FormatData> queue = new ArrayList<>();
    private Mode mode = Mode.NONE;
    private FormatStartData start;
    private boolean holding;
    private long holdingSince;
    private int[] tableHint;
    private int wideHint;

    /** {@return what may be processed now, in order, or null while the group is held back} */
    List<FormatData> add(FormatData data) {
        if (data instanceof FormatStartData s) {
            start = s;
            mode = modeFor(s);
        }
        if (mode == Mode.NONE) {
            return List.of(data);
        }
        if (!holding && data instanceof GroupStartData) {
            holding = true;
            holdingSince = System.nanoTime();
            queue.add(data);
            return null;
        }
        if (holding && (data instanceof GroupEndData
                || mode == Mode.TIMED && System.nanoTime() - holdingSince > GROUPING_NANOS)) {
            queue.add(data);
            return release();
        }
        if (holding) {
            queue.add(data);
            return null;
        }
        return List.of(data);
    }

    /** What is still held back, sized as if its group had ended. */
    List<FormatData> drain() {
        return holding ? release() : List.of();
    }

    int[] takeTableHint() {
        int[] hint = tableHint;
        tableHint = null;
        return hint;
    }

    int takeWideHint() {
        int hint = wideHint;
        wideHint = 0;
        return hint;
    }

    private static Mode modeFor(FormatStartData start) {
        return switch (start.shape()) {
            case TableShape t when t.autoSize() -> Mode.WHOLE_GROUP;
            case TableShape t when !t.columns().isEmpty() && t.columns().getFirst().width() == 0 -> Mode.TIMED;
            case WideShape w when w.autoSize() -> Mode.WHOLE_GROUP;
            default -> Mode.NONE;
        };
    }

    private List<FormatData> release() {
        holding = false;
        computeHint();
        List<FormatData> ready = new ArrayList<>(queue);
        queue.clear();
        return ready;
    }

    private void computeHint() {
        tableHint = null;
        wideHint = 0;
        switch (start.shape()) {
            case TableShape t -> {
                int[] widths = new int[t.columns().size()];
                for (int k = 0; k < widths.length; k++) {
                    String label = t.columns().get(k).label();
                    widths[k] = label == null ? 0 : TextCells.cells(label);
                }
                for (FormatData d : queue) {
                    if (d instanceof FormatEntryData e && !e.outOfBand() && e.entry() instanceof TableRow row) {
                        for (int k = 0; k < Math.min(widths.length, row.cells().size()); k++) {
                            widths[k] = Math.max(widths[k], cellWidth(row.cells().get(k)));
                        }
                    }
                }
                tableHint = widths;
            }
            case WideShape w when w.columns() == 0 -> {
                for (FormatData d : queue) {
                    if (d instanceof FormatEntryData e && e.entry() instanceof WideEntry cell) {
                        wideHint = Math.max(wideHint, TextCells.cells(cell.text()));
                    }
                }
            }
            default -> {
            }
        }
    }

    /** A cell's width as pwsh's hint measures it: its whole text, line breaks included. */
    private static int cellWidth(String cell) {
        return cell == null ? 0 : TextCells.cells(cell);
    }
}
