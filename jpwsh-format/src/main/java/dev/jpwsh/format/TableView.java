package dev.jpwsh.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table view pwsh's format files define for a .NET type: fixed column headers and widths, and how each
 * column's value is read from an object. Immutable.
 */
record TableView(List<Column> columns) {
    /** One column: its header, its width (0: as wide as needed) and its value for an object. */
    record Column(String header, int width, Function<Object, Object> value) {
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    List<Integer> widths() {
        return columns.stream().map(Column::width).toList();
    }

    List<Object> row(Object value) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            cells.add(c.value().apply(value));
        }
        return cells;
    }
}
