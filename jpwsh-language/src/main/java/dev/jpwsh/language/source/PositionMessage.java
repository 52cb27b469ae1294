package dev.jpwsh.language.source;

/**
 * The source excerpt of PowerShell's position message: the line where an extent starts, with tabs expanded and,
 * when longer than {@value #MAX_LINE_LENGTH} characters, shortened around the extent with an ellipsis on the cut
 * side; and the underline of {@code ~} below the extent (one {@code ~} for an empty extent). An extent running
 * past its first line is underlined to the end of that line. The console's error view shows it under a line
 * number; a ParseException's message starts with its {@link #verbose verbose form}.
 */
public record PositionMessage(String line, String underline) {
    private static final int MAX_LINE_LENGTH = 69;
    private static final int CONTEXT_BEFORE = 12;
    private static final int CONTEXT_AFTER = 8;
    private static final String ELLIPSIS = "\u2026";

    public static PositionMessage of(Extent extent) {
        Position start = extent.startPosition();
        Position end = extent.endPosition();
        String line = extent.source().lineText(start.line()).stripTrailing();
        int length = start.line() == end.line() && end.column() <= line.length() + 1
                ? end.column() - start.column()
                : line.length() - start.column() + 1;
        return of(line, start.column(), length);
    }

    /** The excerpt of {@code line} with {@code length} characters from the 1-based {@code column} underlined. */
    public static PositionMessage of(String line, int column, int length) {
        line = line.stripTrailing();
        int before = column - 1;
        length = Math.min(length, Math.max(line.length() - before, 1));
        if (line.indexOf('\t') >= 0) {
            int errorStart = Math.min(before, line.length());
            int errorEnd = Math.min(errorStart + Math.max(length, 0), line.length());
            String beforeError = expandTabs(line.substring(0, errorStart));
            String error = expandTabs(line.substring(errorStart, errorEnd));
            line = beforeError + error + expandTabs(line.substring(errorEnd));
            before = beforeError.length();
            length = error.length();
        }
        return line.length() > MAX_LINE_LENGTH ? shortened(line, before, length)
                : new PositionMessage(line, underline(before, length));
    }

    /**
     * Where {@code extent} is, as pwsh writes it before a parse error's message: {@code At <file>:<line> char:<col>},
     * then {@code + } before the excerpt and its underline; {@code line} stands for the file of text from no file,
     * and a blank line gives no excerpt.
     */
    public static String verbose(Extent extent) {
        Position start = extent.startPosition();
        String file = extent.source().name().isEmpty() ? "line" : extent.source().name();
        String header = "At " + file + ":" + start.line() + " char:" + start.column() + "\n+ ";
        if (extent.source().lineText(start.line()).isBlank()) {
            return header;
        }
        PositionMessage excerpt = of(extent);
        return header + excerpt.line() + "\n+ " + excerpt.underline();
    }

    /**
     * Keeps {@value #MAX_LINE_LENGTH} characters: as much of the extent as fits, up to {@value #CONTEXT_BEFORE}
     * characters before it and {@value #CONTEXT_AFTER} after it, then more context before, then after.
     */
    private static PositionMessage shortened(String line, int before, int length) {
        int contextBefore = Math.min(before, CONTEXT_BEFORE);
        int available = line.length() - length - before;
        int contextAfter = Math.min(available, CONTEXT_AFTER);
        int kept = contextBefore + length + contextAfter;
        boolean cutAfter;
        if (kept >= MAX_LINE_LENGTH) {
            if (contextBefore + length >= MAX_LINE_LENGTH) {
                length = MAX_LINE_LENGTH - contextBefore;
            }
            cutAfter = true;
        } else {
            if (before > contextBefore) {
                contextBefore += Math.min(before - contextBefore, MAX_LINE_LENGTH - kept);
                kept = contextBefore + length + contextAfter;
            }
            if (kept < MAX_LINE_LENGTH && available > 0) {
                contextAfter += Math.min(available, MAX_LINE_LENGTH - kept);
            }
            cutAfter = contextAfter < available;
        }
        boolean cutBefore = contextBefore < before;
        int from = Math.max(before - contextBefore, 0);
        String visible = line.substring(from, Math.min(from + MAX_LINE_LENGTH, line.length()));
        int shownBefore = Math.min(before, contextBefore);
        int shownLength = Math.min(length, MAX_LINE_LENGTH - shownBefore);
        String text = (cutBefore ? ELLIPSIS + " " : "") + visible + (cutAfter ? " " + ELLIPSIS : "");
        return new PositionMessage(text, underline(shownBefore + (cutBefore ? 2 : 0), shownLength));
    }

    private static String underline(int before, int length) {
        return " ".repeat(Math.max(before, 0)) + "~".repeat(Math.max(length, 1));
    }

    private static String expandTabs(String text) {
        return text.replace("\t", "    ");
    }
}
