package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData.Alignment;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A view pwsh's format data defines: its name, the type names (or Java type) it applies to, its control (table,
 * list, wide or custom), and the .NET type names Get-FormatData reports it for. Immutable; shared by every runspace.
 */
public record ViewDefinition(String name, List<String> typeNames, Predicate<Object> test, Control control,
        List<String> shownFor) {
    /** A view for objects whose type names include one of {@code typeNames}. */
    public static ViewDefinition of(String name, List<String> typeNames, Control control) {
        return new ViewDefinition(name, typeNames, null, control, typeNames);
    }

    /** A view for instances of a Java class, named after the .NET type it stands for. */
    public static ViewDefinition of(String name, Class<?> javaType, Control control) {
        return new ViewDefinition(name, List.of(), javaType::isInstance, control,
                List.of(dev.jpwsh.runtime.object.TypeNames.of(javaType)));
    }

    /** A view for the objects {@code test} accepts, which are of the .NET type {@code typeName}. */
    public static ViewDefinition of(String name, String typeName, Predicate<Object> test, Control control) {
        return new ViewDefinition(name, List.of(), test, control, List.of(typeName));
    }

    /** This view as Get-FormatData reports it: for the .NET types {@code names}. */
    public ViewDefinition shownAs(String... names) {
        return new ViewDefinition(name, typeNames, test, control, List.of(names));
    }

    /** Whether this view is for {@code value}. */
    boolean matches(Object value) {
        return test != null ? test.test(value) : ObjectProperties.typeNames(value).stream().anyMatch(this::appliesTo);
    }

    boolean appliesTo(String typeName) {
        for (String mine : typeNames) {
            if (mine.equalsIgnoreCase(typeName)) {
                return true;
            }
        }
        return false;
    }

    /** Where a cell's value comes from: a property, or code run for the object. */
    public sealed interface Value {
    }

    public record PropertyValue(String name) implements Value {
    }

    public record ComputedValue(Function<Object, Object> compute) implements Value {
    }

    /** A ScriptBlock column of a format.ps1xml file, run with {@code $_} set to the object. */
    public record ScriptValue(dev.jpwsh.engine.exec.ScriptBlock script) implements Value {
    }

    public sealed interface Control {
    }

    /** One table column: header label (null: the property's name), width (0: automatic), alignment, value. */
    public record TableColumn(String label, int width, Alignment alignment, Value value, String formatString) {
        public static TableColumn property(String name, int width) {
            return new TableColumn(null, width, Alignment.UNDEFINED, new PropertyValue(name), null);
        }

        public static TableColumn computed(String label, int width, Alignment alignment, Function<Object, Object> f) {
            return new TableColumn(label, width, alignment, new ComputedValue(f), null);
        }
    }

    /**
     * How a view groups its objects: the key, and the group's header line for an object (null: {@code "   label:
     * value"}, the label being {@code label} or the key's name).
     */
    public record GroupBy(Value key, Function<Object, String> header, String label) {
        public GroupBy(Value key, Function<Object, String> header) {
            this(key, header, null);
        }
    }

    /** A table view; {@code wrap}: its rows wrap long values onto more lines, as a view's {@code <Wrap/>} says. */
    public record TableControl(List<TableColumn> columns, GroupBy groupBy, boolean hideHeaders, boolean autoSize,
            boolean wrap) implements Control {
        public TableControl(List<TableColumn> columns) {
            this(columns, null, false, false);
        }

        public TableControl(List<TableColumn> columns, GroupBy groupBy, boolean hideHeaders, boolean autoSize) {
            this(columns, groupBy, hideHeaders, autoSize, false);
        }
    }

    /**
     * One list line: label (null: the property's name) and value; {@code shownFor} (null: every object) picks the
     * objects that have the line, as a list entry selected by type does.
     */
    public record ListItem(String label, Value value, String formatString, Predicate<Object> shownFor) {
        public ListItem(String label, Value value, String formatString) {
            this(label, value, formatString, null);
        }

        public static ListItem property(String name) {
            return new ListItem(null, new PropertyValue(name), null);
        }
    }

    /** A list view; {@code groupBy} (or null) starts a group, with its header, where its value changes. */
    public record ListControl(List<ListItem> items, GroupBy groupBy) implements Control {
        public ListControl(List<ListItem> items) {
            this(items, null);
        }
    }

    /** A wide view; {@code groupBy} (or null) as in a list view. */
    public record WideControl(Value value, GroupBy groupBy) implements Control {
        public WideControl(Value value) {
            this(value, null);
        }
    }

    /** A custom view: the text an object shows as. */
    public record CustomControl(Function<Object, String> text) implements Control {
    }
}
