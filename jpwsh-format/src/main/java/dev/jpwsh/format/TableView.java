package dev.jpwsh.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table view pwsh's format files define for a .NET type: fixed column headers, widths and alignments, how each
 * column's value is read from an object, and for a grouped view (Get-ChildItem's by folder) the header line of each
 * object's group. Immutable.
 */
record TableView(List<Column> columns, Function<Object, String> group) {
    /** A view without groups. */
    TableView(List<Column> columns) {
        this(columns, null);
    }

    /** {@return the line that heads the group {@code value} belongs to, or null when the view has no groups} */
    String groupHeader(Object value) {
        return group == null ? null : group.apply(value);
    }

    /** One column: its header, its width (0: as wide as needed), its alignment and its value for an object. */
    record Column(String header, int width, Alignment alignment, Function<Object, Object> value) {
    }

    enum Alignment { LEFT, RIGHT }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    List<Integer> widths() {
        return columns.stream().map(Column::width).toList();
    }

    boolean[] rightAligned() {
        boolean[] right = new boolean[columns.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = columns.get(i).alignment() == Alignment.RIGHT;
        }
        return right;
    }

    List<Object> row(Object value) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            cells.add(c.value().apply(value));
        }
        return cells;
    }
}
