package dev.jpwsh.language.source;

import java.util.Arrays;

/**
 * The text of one script (a file, a -Command string or a script block's source) with its line table.
 * Immutable and shareable between threads.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        this.lineStarts = computeLineStarts(text);
    }

    public static SourceText of(String text) {
        return new SourceText("", text);
    }

    /** The file path, or the empty string for text that came from no file. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int offset) {
        return text.charAt(offset);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    public Position position(int offset) {
        return new Position(offset, lineOf(offset), columnOf(offset));
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    public Extent extent(int start, int end) {
        return new Extent(this, start, end);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\r' && c != '\n') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
