package dev.jpwsh.format.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text operations of pwsh's line output: splitting at line breaks, cutting a cell's text at its first line break,
 * breaking a long value into lines at word boundaries. Widths count characters (no double-width cells).
 */
final class TextCells {
    static final String ELLIPSIS = "…";

    private TextCells() {
    }

    /** The lines of {@code text}, carriage returns dropped. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i).replace("\r", ""));
                start = i + 1;
            }
        }
        lines.add(text.substring(start).replace("\r", ""));
        return lines;
    }

    /** A table cell's text: up to its first line break, followed by an ellipsis when there was one. */
    static String truncateAtNewLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end == text.length() ? text : text.substring(0, end) + ELLIPSIS;
    }

    /**
     * {@code text} broken into lines of at most {@code width} characters, at blanks where it can be (pwsh's word
     * wrap for English), inside a word that is longer than a line.
     */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : splitLines(text)) {
            if (width <= 0 || line.length() <= width) {
                out.add(line);
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ", -1)) {
                if (current.isEmpty()) {
                    current.append(word);
                } else if (current.length() + 1 + word.length() <= width) {
                    current.append(' ').append(word);
                } else {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
                while (current.length() > width) {
                    out.add(current.substring(0, width));
                    current.delete(0, width);
                }
            }
            out.add(current.toString());
        }
        return out;
    }
}
