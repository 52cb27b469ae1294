package dev.jpwsh.commands.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.JsonNodeFactory;
import dev.harrel.jsonschema.SimpleType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents Test-Json checks, read with Jackson's streaming parser into {@link SchemaJsonNode} trees for the
 * schema validator: strict JSON, as pwsh's Test-Json reads it, unless -Options allows comments or trailing commas.
 * Iterative, so deep nesting cannot exhaust the stack. A malformed text throws {@link UncheckedIOException}.
 */
final class SchemaNodeFactory implements JsonNodeFactory {
    private final JsonFactory factory;

    SchemaNodeFactory(boolean comments, boolean trailingCommas) {
        com.fasterxml.jackson.core.JsonFactoryBuilder builder = new com.fasterxml.jackson.core.JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build());
        if (comments) {
            builder.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS);
        }
        if (trailingCommas) {
            builder.enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        }
        factory = builder.build();
    }

    @Override
    public JsonNode wrap(Object node) {
        if (node instanceof JsonNode json) {
            return json;
        }
        throw new IllegalArgumentException("not a parsed JSON node");
    }

    /** An object or array being filled, with its pointer and the name of the member whose value comes next. */
    private record Open(String pointer, Map<String, JsonNode> members, List<JsonNode> items, String[] name) {
    }

    @Override
    public JsonNode create(String text) {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw new IOException("The input does not contain any JSON tokens.");
            }
            ArrayDeque<Open> open = new ArrayDeque<>();
            while (true) {
                String pointer = open.isEmpty() ? "" : childPointer(open.peek());
                JsonNode done;
                switch (token) {
                    case START_OBJECT -> open.push(new Open(pointer, new LinkedHashMap<>(), null, new String[1]));
                    case START_ARRAY -> open.push(new Open(pointer, null, new ArrayList<>(), new String[1]));
                    case FIELD_NAME -> open.peek().name()[0] = p.currentName();
                    default -> {
                    }
                }
                done = switch (token) {
                    case START_OBJECT, START_ARRAY, FIELD_NAME -> null;
                    case END_OBJECT -> closed(open.pop(), SimpleType.OBJECT);
                    case END_ARRAY -> closed(open.pop(), SimpleType.ARRAY);
                    case VALUE_STRING -> new SchemaJsonNode(pointer, SimpleType.STRING, p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(pointer, p.getDecimalValue());
                    case VALUE_TRUE, VALUE_FALSE -> new SchemaJsonNode(pointer, SimpleType.BOOLEAN,
                            token == JsonToken.VALUE_TRUE);
                    default -> new SchemaJsonNode(pointer, SimpleType.NULL, null);
                };
                if (done != null) {
                    if (open.isEmpty()) {
                        if (p.nextToken() != null) {
                            throw new IOException("'" + p.getText() + "' is invalid after a single JSON value.");
                        }
                        return done;
                    }
                    Open parent = open.peek();
                    if (parent.items() != null) {
                        parent.items().add(done);
                    } else {
                        parent.members().put(parent.name()[0], done);
                    }
                }
                token = p.nextToken();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String childPointer(Open parent) {
        String step = parent.items() != null ? Integer.toString(parent.items().size())
                : JsonNode.encodeJsonPointer(parent.name()[0] == null ? "" : parent.name()[0]);
        return parent.pointer() + "/" + step;
    }

    /** The node of a finished object or array; its own pointer was fixed when it opened. */
    private static JsonNode closed(Open o, SimpleType type) {
        return new SchemaJsonNode(o.pointer(), type, o.items() != null ? Collections.unmodifiableList(o.items())
                : Collections.unmodifiableMap(o.members()));
    }

    private static JsonNode number(String pointer, BigDecimal value) {
        boolean integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        return new SchemaJsonNode(pointer, integral ? SimpleType.INTEGER : SimpleType.NUMBER, value);
    }
}
