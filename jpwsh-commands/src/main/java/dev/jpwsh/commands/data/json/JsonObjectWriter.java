package dev.jpwsh.commands.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.dotnet.SystemStatics;
import dev.jpwsh.dotnet.automation.NullString;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ConvertTo-Json's walk over an object graph, written with Jackson's streaming generator as pwsh writes it: scalars
 * as JSON scalars (dates, GUIDs and characters as strings), dictionaries and custom objects as objects, collections
 * as arrays, and anything nested deeper than -Depth as its string (with one warning). Members Add-Member gave a
 * scalar or a collection make it an object with a {@code value} member; a string's or a date's are ignored.
 */
final class JsonObjectWriter {
    /** What the command's switches ask for. */
    record Options(int maxDepth, boolean enumsAsStrings, boolean compress, StringEscapeHandling escapeHandling) {
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String TRUNCATED =
            "Resulting JSON is truncated as serialization has exceeded the set depth of ";

    private final Frame frame;
    private final Options options;
    private final java.util.function.Consumer<String> warnings;
    private boolean warned;

    JsonObjectWriter(Frame frame, Options options, java.util.function.Consumer<String> warnings) {
        this.frame = frame;
        this.options = options;
        this.warnings = warnings;
    }

    String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setCharacterEscapes(new JsonEscapes(options.escapeHandling()));
            if (!options.compress()) {
                g.setPrettyPrinter(new IndentedLayout());
            }
            value(g, value, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void value(JsonGenerator g, Object value, int depth) throws IOException {
        if (value == null || value instanceof NullString) {
            g.writeNull();
            return;
        }
        if (value instanceof String s) {
            g.writeString(s);
            return;
        }
        if (value instanceof DateTime date) {
            g.writeString(JsonDates.format(date));
            return;
        }
        List<Map.Entry<String, Object>> extended = extendedProperties(value);
        if (extended.isEmpty() || isCustomObject(value, depth)) {
            plain(g, value, depth, extended);
            return;
        }
        g.writeStartObject();
        if (value instanceof Map<?, ?> map && depth <= options.maxDepth()) {
            List<String> names = entries(g, map, depth);
            extended.removeIf(e -> names.contains(e.getKey()));
        } else {
            g.writeFieldName("value");
            plain(g, value, depth, List.of());
        }
        for (Map.Entry<String, Object> e : extended) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue(), depth + 1);
        }
        g.writeEndObject();
    }

    /**
     * Whether {@code value} is written as an object of its properties, among which the members Add-Member gave it
     * go: not a scalar, dictionary or collection, and not cut off by the depth.
     */
    private boolean isCustomObject(Object value, int depth) {
        return depth <= options.maxDepth() && !(value instanceof Map<?, ?>) && !Enumeration.isEnumerable(value)
                && !value.getClass().isArray() && !(value instanceof Boolean || value instanceof Character
                || value instanceof Number || value instanceof Enum<?> || value instanceof FlagsEnum
                || value instanceof SystemStatics.Guid);
    }

    /** A value without the members Add-Member gave it (a custom object's own ones are {@code extended}). */
    private void plain(JsonGenerator g, Object value, int depth, List<Map.Entry<String, Object>> extended)
            throws IOException {
        if (scalar(g, value)) {
            return;
        }
        if (depth > options.maxDepth()) {
            truncated(g, value);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            entries(g, map, depth);
            g.writeEndObject();
        } else if (Enumeration.isEnumerable(value) || value.getClass().isArray()) {
            g.writeStartArray();
            for (Object item : items(value)) {
                value(g, item, depth + 1);
            }
            g.writeEndArray();
        } else if (value instanceof PSObject custom && extended.isEmpty()) {
            g.writeStartObject();
            for (PSObject.Property p : custom.properties()) {
                g.writeFieldName(p.name());
                value(g, p.value(), depth + 1);
            }
            g.writeEndObject();
        } else {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : properties(value, extended).entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue(), depth + 1);
            }
            g.writeEndObject();
        }
    }

    private boolean scalar(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case Boolean b -> g.writeBoolean(b);
            case Character c -> g.writeString(String.valueOf(c));
            case Double d -> number(g, d.isNaN() || d.isInfinite() ? null : JsonNumbers.ofDouble(d), d);
            case Float f -> number(g, f.isNaN() || f.isInfinite() ? null : JsonNumbers.ofFloat(f), f);
            case BigDecimal d -> g.writeNumber(JsonNumbers.ofDecimal(d));
            case Number n -> g.writeNumber(n.toString());
            case Enum<?> e -> {
                if (options.enumsAsStrings()) {
                    g.writeString(e.name());
                } else {
                    g.writeNumber(e.ordinal());
                }
            }
            case FlagsEnum f -> {
                if (options.enumsAsStrings()) {
                    g.writeString(f.toString());
                } else {
                    g.writeNumber(f.value());
                }
            }
            case SystemStatics.Guid guid -> g.writeString(guid.toString());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** NaN and the infinities, which JSON has no numbers for, are written as the strings .NET gives them. */
    private static void number(JsonGenerator g, String text, Object value) throws IOException {
        if (text != null) {
            g.writeNumber(text);
        } else {
            g.writeString(LanguagePrimitives.toString(value));
        }
    }

    private void truncated(JsonGenerator g, Object value) throws IOException {
        if (!warned) {
            warned = true;
            warnings.accept(TRUNCATED + options.maxDepth() + ".");
        }
        g.writeString(LanguagePrimitives.toString(value));
    }

    /** Writes a dictionary's entries and returns their names; a key that is no string stops the command. */
    private List<String> entries(JsonGenerator g, Map<?, ?> map, int depth) throws IOException {
        List<String> names = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                throw nonStringKey(map);
            }
            names.add(name);
            g.writeFieldName(name);
            value(g, e.getValue(), depth + 1);
        }
        return names;
    }

    private static PSException nonStringKey(Map<?, ?> map) {
        String type = TypeNames.ofValue(map);
        return RuntimeFailures.create("NonStringKeyInDictionary", "InvalidOperation", "The type '" + type
                + "' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
                map, "System.InvalidOperationException");
    }

    private static List<?> items(Object value) {
        if (value.getClass().isArray() && !(value instanceof Object[])) {
            List<Object> items = new ArrayList<>();
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        return Enumeration.toList(value);
    }

    /** A custom object's properties: a pscustomobject's notes, else every property pwsh lists for the object. */
    private Map<String, Object> properties(Object value, List<Map.Entry<String, Object>> extended) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (value instanceof PSObject custom) {
            for (PSObject.Property p : custom.properties()) {
                properties.put(p.name(), p.value());
            }
        } else {
            for (String name : PropertyExpression.propertyNames(frame, value)) {
                properties.put(name, read(value, name));
            }
        }
        for (Map.Entry<String, Object> e : extended) {
            properties.putIfAbsent(e.getKey(), e.getValue());
        }
        return properties;
    }

    /** The properties Add-Member gave {@code value}, with their values (null where reading one fails). */
    private List<Map.Entry<String, Object>> extendedProperties(Object value) {
        MemberTable table = InstanceMembers.any() ? InstanceMembers.of(value) : null;
        if (table == null || table.isEmpty()) {
            return new ArrayList<>();
        }
        List<Map.Entry<String, Object>> properties = new ArrayList<>();
        for (PSMember m : table.members()) {
            if (m.kind().isProperty()) {
                properties.add(new java.util.AbstractMap.SimpleEntry<>(m.name(), read(value, m.name())));
            }
        }
        return properties;
    }

    private Object read(Object value, String name) {
        try {
            return MemberGate.get(frame.context(), value, name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
