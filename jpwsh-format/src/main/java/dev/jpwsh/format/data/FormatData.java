package dev.jpwsh.format.data;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * The objects Format-Table, Format-List, Format-Wide and Format-Custom write and the Out- cmdlets read, as pwsh's
 * formatting objects are: a {@link FormatStartData} that fixes the shape, groups of entries between a
 * {@link GroupStartData} and a {@link GroupEndData}, and a {@link FormatEndData}. Entries carry text already
 * formatted; an out-of-band entry (an object of another kind met inside a table) prints on its own.
 */
public sealed interface FormatData {
    /** How a cell's text aligns; UNDEFINED leaves it to the column. */
    enum Alignment { UNDEFINED, LEFT, CENTER, RIGHT }

    /** The layout a sequence of entries has. */
    sealed interface Shape {
    }

    /** One table column: its header, its width (0: as the output decides) and its alignment. */
    record Column(String label, int width, Alignment alignment) {
    }

    /** A table: its columns and the switches that change how it prints. */
    record TableShape(List<Column> columns, boolean hideHeader, boolean repeatHeader, boolean autoSize, boolean wrap)
            implements Shape {
    }

    /** A list: one {@code label : value} line per property. */
    record ListShape() implements Shape {
    }

    /** A wide view: one value per cell, {@code columns} per line (0: as many as fit). */
    record WideShape(int columns, boolean autoSize) implements Shape {
    }

    /** A custom view: each entry's text as it is. */
    record CustomShape() implements Shape {
    }

    @DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatStartData")
    record FormatStartData(Shape shape) implements FormatData {
    }

    /** The start of a group; {@code label} is the line that heads it, or null for the one group of an ungrouped view. */
    @DotNetName("Microsoft.PowerShell.Commands.Internal.Format.GroupStartData")
    record GroupStartData(String label) implements FormatData {
    }

    @DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
    record FormatEntryData(Entry entry, boolean outOfBand) implements FormatData {
    }

    @DotNetName("Microsoft.PowerShell.Commands.Internal.Format.GroupEndData")
    record GroupEndData() implements FormatData {
    }

    @DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEndData")
    record FormatEndData() implements FormatData {
    }

    /** What one object shows as. */
    sealed interface Entry {
    }

    /** A table row: one text per column, and each cell's own alignment (UNDEFINED: the column's). */
    record TableRow(List<String> cells, List<Alignment> alignments) implements Entry {
    }

    /** A list entry: the labels and the values, one pair per line. */
    record ListEntry(List<String> labels, List<String> values) implements Entry {
    }

    /** A wide view's cell. */
    record WideEntry(String text) implements Entry {
    }

    /** Text printed as it is, line by line: a scalar's string, a custom view's output. */
    record RawText(String text) implements Entry {
    }
}
