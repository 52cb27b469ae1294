package dev.jpwsh.commands.data.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * ConvertTo-Json's layout without -Compress, as Newtonsoft.Json's indented formatting lays JSON out: every member
 * and element on its own line, two spaces per level, {@code "name": value}, and {@code []} or {@code {}} for an
 * empty array or object. One instance per document (it counts the nesting).
 */
final class IndentedLayout implements PrettyPrinter {
    private int level;

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        level++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        level--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        level++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        level--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
