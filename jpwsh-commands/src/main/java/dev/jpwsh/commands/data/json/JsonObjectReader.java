package dev.jpwsh.commands.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.AutomationOrderedHashtable;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.PSObject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * ConvertFrom-Json's reading of one JSON text with Jackson's streaming parser, as lenient as pwsh's reader
 * (comments, single quotes, unquoted names, trailing commas, NaN and Infinity): objects become custom objects with
 * their properties in document order (or, with -AsHashtable, hashtables whose keys keep their case), arrays object
 * arrays, integers Int64 (BigInteger when larger), other numbers Double, and date strings DateTime. Iterative, so
 * nesting is bounded only by -Depth. A malformed text is reported with pwsh's message, path, line and position.
 */
final class JsonObjectReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build())
            .build();

    /** An object or array being filled, with the name of the member whose value comes next. */
    private static final class Open {
        final PSObject custom;
        final PSHashtable table;
        final List<Object> items;
        String name;

        Open(PSObject custom, PSHashtable table, List<Object> items) {
            this.custom = custom;
            this.table = table;
            this.items = items;
        }

        Object value() {
            return items != null ? items.toArray() : custom != null ? custom : table;
        }
    }

    private final boolean asHashtable;
    private final int maxDepth;
    private final JsonDateKind dateKind;
    private final ArrayDeque<Open> open = new ArrayDeque<>();

    JsonObjectReader(boolean asHashtable, int maxDepth, JsonDateKind dateKind) {
        this.asHashtable = asHashtable;
        this.maxDepth = maxDepth;
        this.dateKind = dateKind;
    }

    /** The value {@code text} holds; null for an empty text. */
    Object read(String text) {
        open.clear();
        JsonParser p = null;
        try {
            p = FACTORY.createParser(text);
            JsonToken token = p.nextToken();
            if (token == null) {
                return null;
            }
            Object result = readValue(p, text, token);
            int end = (int) p.currentLocation().getCharOffset();
            if (hasMore(p)) {
                int at = end;
                while (Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                throw JsonReadErrors.malformed("Additional text encountered after finished reading JSON content: "
                        + text.charAt(at) + ".", "", text, at);
            }
            return result;
        } catch (JsonProcessingException e) {
            throw JsonReadErrors.fromParser(e, path(p.getParsingContext()), text);
        } catch (IOException e) {
            throw JsonReadErrors.malformed(e.getMessage(), "", text, text.length());
        } finally {
            close(p);
        }
    }

    private static boolean hasMore(JsonParser p) {
        try {
            return p.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    private static void close(JsonParser p) {
        try {
            if (p != null) {
                p.close();
            }
        } catch (IOException e) {
            // Reading a string holds nothing to release.
        }
    }

    private Object readValue(JsonParser p, String text, JsonToken first) throws IOException {
        JsonToken token = first;
        while (true) {
            Object done;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= maxDepth) {
                        throw JsonReadErrors.malformed("The reader's MaxDepth of " + maxDepth + " has been exceeded.",
                                path(p.getParsingContext().getParent()), text,
                                (int) p.currentTokenLocation().getCharOffset() + 1);
                    }
                    open.push(token == JsonToken.START_ARRAY ? new Open(null, null, new ArrayList<>())
                            : asHashtable ? new Open(null, new AutomationOrderedHashtable(), null)
                            : new Open(new PSObject(), null, null));
                    token = p.nextToken();
                    continue;
                }
                case FIELD_NAME -> {
                    open.peek().name = p.currentName();
                    token = p.nextToken();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> done = open.pop().value();
                case VALUE_STRING -> done = string(p.getText());
                case VALUE_NUMBER_INT -> done = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? p.getBigIntegerValue() : (Object) p.getLongValue();
                case VALUE_NUMBER_FLOAT -> done = p.getDoubleValue();
                case VALUE_TRUE -> done = Boolean.TRUE;
                case VALUE_FALSE -> done = Boolean.FALSE;
                default -> done = null;
            }
            if (open.isEmpty()) {
                return done;
            }
            add(open.peek(), done);
            token = p.nextToken();
        }
    }

    private Object string(String text) {
        if (dateKind != JsonDateKind.String && text.length() >= 6) {
            Object date = JsonDates.parse(text, dateKind);
            if (date != null) {
                return date;
            }
        }
        return text;
    }

    private void add(Open container, Object value) {
        if (container.items != null) {
            container.items.add(value);
        } else if (container.table != null) {
            container.table.put(container.name, value);
        } else {
            addProperty(container.custom, container.name, value);
        }
    }

    /** A member of a custom object: a repeated name keeps the last value; names differing only in case fail. */
    private static void addProperty(PSObject custom, String name, Object value) {
        if (name.isEmpty()) {
            throw invalid("EmptyKeyInJsonString", "The provided JSON includes a property whose name is an empty "
                    + "string, this is only supported using the -AsHashTable switch.");
        }
        PSObject.Property existing = custom.property(name);
        if (existing != null && !existing.name().equals(name)) {
            throw invalid("KeysWithDifferentCasingInJsonString", "Cannot convert the JSON string because it "
                    + "contains keys with different casing. Please use the -AsHashTable switch instead. The key that "
                    + "was attempted to be added to the existing key '" + existing.name() + "' was '" + name + "'.");
        }
        custom.set(name, value);
    }

    private static PSException invalid(String id, String message) {
        return RuntimeFailures.create(id, "InvalidOperation", message, null, "System.InvalidOperationException");
    }

    /** Where the parser is, as pwsh's reader writes a path: {@code a.b[2]['odd name']}. */
    static String path(JsonStreamContext context) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.getEntryCount() > 0) {
                    parts.push("[" + (c.getEntryCount() - 1) + "]");
                }
            } else if (c.getCurrentName() != null) {
                String name = c.getCurrentName();
                parts.push(name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$')
                        ? "." + name : "['" + name.replace("'", "\\'") + "']");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
