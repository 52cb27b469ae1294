package dev.jpwsh.commands.data.json;

import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.SimpleType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One node of a JSON document as the schema validator reads it: its JSON pointer, its type and its value (a
 * BigDecimal for numbers, an immutable list or insertion-ordered map of nodes for arrays and objects).
 */
record SchemaJsonNode(String pointer, SimpleType type, Object value) implements JsonNode {
    @Override
    public String getJsonPointer() {
        return pointer;
    }

    @Override
    public SimpleType getNodeType() {
        return type;
    }

    @Override
    public boolean asBoolean() {
        return (Boolean) value;
    }

    @Override
    public String asString() {
        return (String) value;
    }

    @Override
    public BigInteger asInteger() {
        return ((BigDecimal) value).toBigIntegerExact();
    }

    @Override
    public BigDecimal asNumber() {
        return (BigDecimal) value;
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<JsonNode> asArray() {
        return (List<JsonNode>) value;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Map<String, JsonNode> asObject() {
        return (Map<String, JsonNode>) value;
    }
}
