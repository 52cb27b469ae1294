package dev.jpwsh.commands.text;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft.PowerShell.Commands.MatchInfo: one line Select-String matched, where (Path, Filename, LineNumber; the
 * path is {@code InputStream} for piped text), how (Pattern, IgnoreCase, Matches) and its Context. Its text is
 * {@code path:line:text} for a file, the line alone for piped text, and with context the lines around it marked
 * {@code > } for the match; {@link #ToEmphasizedString} also shows each match in reverse video.
 */
@DotNetName("Microsoft.PowerShell.Commands.MatchInfo")
public final class MatchInfo {
    private static final String INPUT_STREAM = "InputStream";
    private static final String REVERSE = "\u001b[7m";
    private static final String RESET = "\u001b[0m";

    private boolean ignoreCase;
    private long lineNumber;
    private String line = "";
    private String path;
    private String pattern;
    private MatchInfoContext context;
    private Object[] matches = new Object[0];
    /** Start and length of each emphasized match, or null when emphasis is off. */
    private final int[][] emphasis;

    MatchInfo(int[][] emphasis) {
        this.emphasis = emphasis;
    }

    public MatchInfo() {
        this(null);
    }

    public boolean getIgnoreCase() {
        return ignoreCase;
    }

    public void setIgnoreCase(boolean value) {
        ignoreCase = value;
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(long value) {
        lineNumber = value;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String value) {
        line = value == null ? "" : value;
    }

    public String getFilename() {
        if (path == null) {
            return INPUT_STREAM;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    public String getPath() {
        return path == null ? INPUT_STREAM : path;
    }

    public void setPath(String value) {
        path = value;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String value) {
        pattern = value;
    }

    public MatchInfoContext getContext() {
        return context;
    }

    public void setContext(MatchInfoContext value) {
        context = value;
    }

    public Object[] getMatches() {
        return matches;
    }

    public void setMatches(Object[] value) {
        matches = value;
    }

    /** The path relative to {@code directory} when it lies below it, else as it is. */
    public String RelativePath(String directory) {
        if (path == null) {
            return INPUT_STREAM;
        }
        if (directory == null || directory.isEmpty() || !path.regionMatches(true, 0, directory, 0,
                directory.length()) || directory.length() >= path.length()) {
            return path;
        }
        int offset = directory.length();
        char last = directory.charAt(offset - 1);
        if (last == '/' || last == '\\') {
            return path.substring(offset);
        }
        char next = path.charAt(offset);
        return next == '/' || next == '\\' ? path.substring(offset + 1) : path;
    }

    @Override
    public String toString() {
        return ToString(null);
    }

    /** The text with paths relative to {@code directory} (full paths when null). */
    public String ToString(String directory) {
        return render(directory, line);
    }

    /** As {@link #ToString(String)}, the matched parts of the line in reverse video unless emphasis is off. */
    public String ToEmphasizedString(String directory) {
        return render(directory, emphasis == null ? line : emphasized());
    }

    private String emphasized() {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] match : emphasis) {
            sb.append(line, at, match[0]).append(REVERSE).append(line, match[0], match[0] + match[1]).append(RESET);
            at = match[0] + match[1];
        }
        return sb.append(line, at, line.length()).toString();
    }

    private String render(String directory, String text) {
        String shownPath = directory != null ? RelativePath(directory) : path;
        if (context == null) {
            return format("", shownPath, lineNumber, text);
        }
        List<String> lines = new ArrayList<>();
        long number = lineNumber - context.getDisplayPreContext().length;
        for (String before : context.getDisplayPreContext()) {
            lines.add(format("  ", shownPath, number++, before));
        }
        lines.add(format("> ", shownPath, number++, text));
        for (String after : context.getDisplayPostContext()) {
            lines.add(format("  ", shownPath, number++, after));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private String format(String prefix, String shownPath, long number, String text) {
        return path != null ? prefix + shownPath + ":" + number + ":" + text : prefix + text;
    }

    /** A copy whose context shows no other lines, as a MatchInfo piped into Select-String again comes out. */
    MatchInfo withoutDisplayContext() {
        MatchInfo copy = new MatchInfo(emphasis);
        copy.ignoreCase = ignoreCase;
        copy.lineNumber = lineNumber;
        copy.line = line;
        copy.path = path;
        copy.pattern = pattern;
        copy.matches = matches;
        copy.context = context == null ? null : context.Clone();
        if (copy.context != null) {
            copy.context.setDisplayPreContext(new String[0]);
            copy.context.setDisplayPostContext(new String[0]);
        }
        return copy;
    }
}
