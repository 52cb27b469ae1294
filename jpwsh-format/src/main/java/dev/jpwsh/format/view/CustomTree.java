package dev.jpwsh.format.view;

import dev.jpwsh.dotnet.collections.MapMembers;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Format-Custom's layout of an object without a custom view, as pwsh's complex view browser lays it out: {@code class
 * Name}, then its properties between braces two columns further in; a property holding an object or a collection
 * ends its line after {@code " = "} and shows the value below it, two columns further in again (a collection between
 * square brackets, followed by a line of blanks); values of pwsh's scalar types, and everything at the depth limit,
 * show as their text. Text gathers on the current line and takes the indentation in force when the line ends, as
 * pwsh's complex writer does; like it, the layout ends by writing out what is pending, an empty line when nothing
 * is. One instance lays out one object.
 */
final class CustomTree {
    private static final int STEP = 2;

    private final Evaluator evaluator;
    private final FormatParameters parameters;
    private final int maxDepth;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int indent;

    private CustomTree(Evaluator evaluator, FormatParameters parameters) {
        this.evaluator = evaluator;
        this.parameters = parameters;
        this.maxDepth = parameters.depth();
    }

    /**
     * The lines of {@code value} with the properties {@code parameters} asks for (none: its displayed ones) less
     * those -ExcludeProperty names, nested up to its -Depth.
     */
    static String of(Object value, FormatParameters parameters, Evaluator evaluator) {
        CustomTree tree = new CustomTree(evaluator, parameters);
        List<PropertySpec> properties = parameters.properties();
        Iterable<?> items = items(value);
        if (Shaper.isScalar(value)) {
            tree.leaf(value);
        } else if (items != null) {
            tree.enumeration(items, 0);
        } else {
            tree.object(value, 0, properties);
        }
        tree.newLine();
        return String.join("\n", tree.lines);
    }

    private void object(Object value, int level, List<PropertySpec> asked) {
        String name = ObjectProperties.typeNames(value).stream().findFirst().orElse("PSObject");
        text("class " + TypeNames.simpleName(name));
        newLine();
        text("{");
        newLine();
        indent += STEP;
        List<PropertySpec> specs = asked.isEmpty()
                ? ObjectProperties.displayed(value, evaluator.typeData()).stream().map(PropertySpec::of).toList()
                : asked;
        List<PropertySpec> resolved = new ArrayList<>();
        for (PropertySpec spec : specs) {
            resolved.addAll(spec.resolve(value, true));
        }
        for (PropertySpec p : parameters.kept(resolved)) {
            property(p.heading(), p.value(value, evaluator), level);
        }
        indent -= STEP;
        text("}");
        newLine();
    }

    private void property(String name, Object value, int level) {
        text(name + " = ");
        Iterable<?> items = value == null ? null : items(value);
        if (items != null) {
            newLine();
            indent += STEP;
            enumeration(items, level + 1);
            indent -= STEP;
        } else if (value == null || level >= maxDepth || Shaper.isScalar(value)) {
            leaf(value);
        } else {
            newLine();
            indent += STEP;
            object(value, level + 1, List.of());
            indent -= STEP;
        }
    }

    private void enumeration(Iterable<?> items, int level) {
        text("[");
        newLine();
        indent += STEP;
        int limit = evaluator.enumerationLimit();
        int count = 0;
        for (Object item : items) {
            if (limit >= 0 && count++ == limit) {
                leaf("…");
                break;
            }
            Iterable<?> inner = item == null ? null : items(item);
            if (item == null || level >= maxDepth || Shaper.isScalar(item)) {
                leaf(item);
            } else if (inner != null) {
                newLine();
                indent += STEP;
                enumeration(inner, level + 1);
                indent -= STEP;
            } else {
                object(item, level + 1, List.of());
            }
        }
        indent -= STEP;
        text("]");
        newLine();
        newLine();
    }

    private void leaf(Object value) {
        text(ValueText.of(value, evaluator.enumerationLimit(), null, false));
        newLine();
    }

    private void text(String s) {
        line.append(s);
    }

    /** Ends the current line (an empty one too) at the indentation in force now. */
    private void newLine() {
        for (String part : line.toString().split("\n", -1)) {
            lines.add(" ".repeat(indent) + part);
        }
        line.setLength(0);
    }

    /** The elements pwsh's formatter enumerates: a dictionary's entries, a collection's items; else null. */
    private static Iterable<?> items(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(new MapMembers.DictionaryEntry(k, v)));
            return entries;
        }
        return value instanceof String || !Enumeration.isEnumerable(value) ? null : Enumeration.toList(value);
    }
}
