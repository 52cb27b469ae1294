package dev.jpwsh.engine.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes XML element by element in the layout .NET's XmlWriter gives with {@code Indent = true} and no declaration,
 * which is what pwsh's CLIXML looks like: two spaces per level, a text-only element on one line, an empty element
 * as {@code <Nil />}, lines ended by {@code \n}. A hand-written writer rather than StAX's, which writes empty
 * elements as {@code <Nil/>} and cannot indent. Not thread-safe.
 */
public final class CliXmlTextWriter {
    private final Writer out;
    private String[] stack = new String[64];
    private int depth;
    private boolean startTagOpen;
    private boolean hasText;
    private boolean anyElement;

    public CliXmlTextWriter(Writer out) {
        this.out = out;
    }

    public void startElement(String name) {
        closeStartTag();
        if (anyElement) {
            newLine(depth);
        }
        anyElement = true;
        write('<');
        write(name);
        if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = name;
        startTagOpen = true;
        hasText = false;
    }

    public void attribute(String name, String value) {
        write(' ');
        write(name);
        write("=\"");
        escape(value, true);
        write('"');
    }

    public void text(String value) {
        closeStartTag();
        escape(value, false);
        hasText = true;
    }

    public void endElement() {
        String name = stack[--depth];
        if (startTagOpen) {
            write(" />");
            startTagOpen = false;
        } else {
            if (!hasText) {
                newLine(depth);
            }
            write("</");
            write(name);
            write('>');
        }
        hasText = false;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            write('>');
            startTagOpen = false;
        }
    }

    private void newLine(int level) {
        write('\n');
        for (int i = 0; i < level; i++) {
            write("  ");
        }
    }

    private void escape(String s, boolean attribute) {
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (replacement != null) {
                write(s, from, i);
                write(replacement);
                from = i + 1;
            }
        }
        write(s, from, s.length());
    }

    private void write(String s, int from, int to) {
        try {
            out.write(s, from, to - from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        write(s, 0, s.length());
    }

    private void write(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
