package dev.jpwsh.format.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text operations of pwsh's line output: splitting at line breaks, cutting a cell's text at its first line break,
 * breaking a long value into lines at word boundaries. Widths count screen cells as pwsh's DisplayCells does: East
 * Asian wide and full-width characters take two.
 */
final class TextCells {
    static final String ELLIPSIS = "…";

    private TextCells() {
    }

    /** The screen cells {@code text} takes. */
    static int cells(String text) {
        int cells = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (isWide(text.charAt(i))) {
                cells++;
            }
        }
        return cells;
    }

    /** The longest start of {@code text} that takes at most {@code cells} cells. */
    static String head(String text, int cells) {
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += isWide(text.charAt(i)) ? 2 : 1;
            if (used > cells) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The longest end of {@code text} that takes at most {@code cells} cells. */
    static String tail(String text, int cells) {
        int used = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            used += isWide(text.charAt(i)) ? 2 : 1;
            if (used > cells) {
                return text.substring(i + 1);
            }
        }
        return text;
    }

    /** Whether {@code c} takes two cells: Hangul Jamo, CJK to Yi, Hangul syllables, CJK compatibility, full width. */
    private static boolean isWide(char c) {
        return c >= 0x1100 && (c <= 0x115f || c == 0x2329 || c == 0x232a
                || c >= 0x2e80 && c <= 0xa4cf && c != 0x303f || c >= 0xac00 && c <= 0xd7a3
                || c >= 0xf900 && c <= 0xfaff || c >= 0xfe10 && c <= 0xfe19 || c >= 0xfe30 && c <= 0xfe6f
                || c >= 0xff00 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6);
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
            if (width <= 0 || cells(line) <= width) {
                out.add(line);
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ", -1)) {
                if (current.isEmpty()) {
                    current.append(word);
                } else if (cells(current.toString()) + 1 + cells(word) <= width) {
                    current.append(' ').append(word);
                } else {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
                while (cells(current.toString()) > width) {
                    String piece = head(current.toString(), Math.max(width, 1));
                    piece = piece.isEmpty() ? current.substring(0, 1) : piece;
                    out.add(piece);
                    current.delete(0, piece.length());
                }
            }
            out.add(current.toString());
        }
        return out;
    }
}
