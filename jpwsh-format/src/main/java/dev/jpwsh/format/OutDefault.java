package dev.jpwsh.format;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Out-Default: turns the objects a script outputs into lines of text as pwsh shows them. Scalars print their
 * text; warning, verbose and debug records merged into the output print as the host shows their stream
 * ({@code WARNING: text}); hashtables print as a Name/Value table; custom objects with up to four properties
 * as a table (one table for a run of objects with the same properties), with more as a list; objects of a
 * type pwsh has a table view for (runspaces, jobs, modules) as that table. Call {@link #close()} at the end
 * of the output to print what is still gathered.
 */
public final class OutDefault implements dev.jpwsh.engine.exec.DefaultOutputPipe, AutoCloseable {
    private static final int MAX_TABLE_COLUMNS = 4;
    private static final int HASHTABLE_NAME_WIDTH = 30;

    private final Consumer<String> lines;
    private final Function<ErrorRecord, String> errorView;
    private Table table;
    /** True right after a list entry, whose closing blank line also separates the next entry. */
    private boolean afterList;
    /**
     * What the open table holds: the property names of its custom objects, the view of its .NET objects, or null
     * for hashtable entries.
     */
    private Object tableShape;
    /** The header line of the group the open table shows, for a grouped view; null otherwise. */
    private String groupShown;

    public OutDefault(Consumer<String> lines) {
        this(lines, null);
    }

    /**
     * Out-Default for a host that shows error records merged into the output ({@code 2>&1}) in its error view,
     * as pwsh's ErrorRecord view does; {@code errorView} renders one record, ending with a newline.
     */
    public OutDefault(Consumer<String> lines, Function<ErrorRecord, String> errorView) {
        this.lines = lines;
        this.errorView = errorView;
    }

    @Override
    public void write(Object value) {
        if (!(value instanceof Map<?, ?>) && Enumeration.isEnumerable(value)) {
            afterList = false;
            expand(value);
            return;
        }
        writeOne(value);
    }

    /**
     * Writes the items of a collection and of the collections nested in it, depth first, without recursing on the
     * Java stack however deep the nesting; a collection nested in itself shows as its string instead of again.
     */
    private void expand(Object collection) {
        Deque<Iterator<?>> open = new ArrayDeque<>();
        Set<Object> expanding = Collections.newSetFromMap(new IdentityHashMap<>());
        open.push(iterator(collection));
        expanding.add(collection);
        while (!open.isEmpty()) {
            Iterator<?> items = open.peek();
            if (!items.hasNext()) {
                open.pop();
                continue;
            }
            Object item = items.next();
            if (item instanceof Map<?, ?> || !Enumeration.isEnumerable(item)) {
                writeOne(item);
            } else if (expanding.add(item)) {
                open.push(iterator(item));
            } else {
                writeOne(LanguagePrimitives.toString(item));
            }
        }
    }

    private static Iterator<?> iterator(Object collection) {
        return switch (collection) {
            case Object[] array -> Arrays.asList(array).iterator();
            case Iterator<?> iterator -> iterator;
            default -> ((Iterable<?>) collection).iterator();
        };
    }

    private void writeOne(Object value) {
        if (value != null && !(value instanceof PSObject o && o.properties().size() > MAX_TABLE_COLUMNS)) {
            afterList = false;
        }
        switch (value) {
            case null -> {
            }
            case PSObject object -> object(object);
            case InformationalRecord record -> {
                flush();
                lines.accept(record.hostPrefix() + record.getMessage());
            }
            case ErrorRecord record when errorView != null -> {
                flush();
                lines.accept(errorView.apply(record).stripTrailing());
            }
            case Map<?, ?> map -> hashtable(map);
            case Object viewed when View.tableOf(viewed) != null -> viewed(View.tableOf(viewed), viewed);
            default -> {
                flush();
                lines.accept(LanguagePrimitives.toString(value));
            }
        }
    }

    private void object(PSObject object) {
        List<String> names = new ArrayList<>();
        for (PSObject.Property p : object.properties()) {
            names.add(p.name());
        }
        if (names.size() > MAX_TABLE_COLUMNS) {
            flush();
            list(object);
            return;
        }
        if (table == null || !names.equals(tableShape)) {
            flush();
            table = new Table(names, View.widthsFor(object, names), true);
            tableShape = names;
        }
        List<Object> values = new ArrayList<>();
        for (PSObject.Property p : object.properties()) {
            values.add(p.value());
        }
        table.addRow(values);
    }

    private void viewed(TableView view, Object value) {
        String group = view.groupHeader(value);
        if (table == null || tableShape != view || group != null && !group.equals(groupShown)) {
            flush();
            if (group != null) {
                lines.accept("");
                lines.accept(group);
            }
            table = new Table(view);
            tableShape = view;
            groupShown = group;
        }
        table.addRow(view.row(value));
    }

    private void list(PSObject object) {
        int width = 0;
        for (PSObject.Property p : object.properties()) {
            width = Math.max(width, p.name().length());
        }
        if (!afterList) {
            lines.accept("");
        }
        for (PSObject.Property p : object.properties()) {
            String name = p.name() + " ".repeat(width - p.name().length());
            lines.accept(name + " : " + CellText.of(p.value()));
        }
        lines.accept("");
        afterList = true;
    }

    private void hashtable(Map<?, ?> map) {
        if (table == null || tableShape != null) {
            flush();
            table = new Table(List.of("Name", "Value"), List.of(HASHTABLE_NAME_WIDTH, 0), false);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(LanguagePrimitives.toString(e.getKey()));
            row.add(e.getValue());
            table.addRow(row);
        }
    }

    private void flush() {
        if (table != null) {
            table.render().forEach(lines);
            table = null;
            tableShape = null;
        }
    }

    @Override
    public void close() {
        flush();
    }
}
