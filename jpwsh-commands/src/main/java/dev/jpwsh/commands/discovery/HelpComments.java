package dev.jpwsh.commands.discovery;

import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.source.Extent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the comment that holds a command's comment-based help, where pwsh looks for it: for a function, the comment
 * block just before its {@code function} keyword (at most one blank line between), else the first comment blocks of
 * its body, else the comments just before its closing brace; for a script, its first comment blocks (unless they
 * belong to a function the script starts with) or its last comments. Gives the comment text as lines, with
 * {@code <# #>} and the leading {@code #} of line comments removed. Stateless.
 */
final class HelpComments {
    /** A comment before a function may end this many lines above the {@code function} keyword's line. */
    private static final int PROXIMITY = 2;

    private HelpComments() {
    }

    /** A comment in the source: its text, where it ends, and its first and last line (0-based). */
    private record Comment(String text, int end, int firstLine, int lastLine) {
    }

    /** The help comment of a function defined at {@code definition}, as help sections; null when it has none. */
    static HelpSections ofFunction(Extent definition) {
        String text = definition.source().text();
        List<Comment> before = precedingBlock(text, definition.start(), lineOf(text, definition.start()) - PROXIMITY);
        HelpSections help = HelpSections.parse(lines(before));
        if (help != null) {
            return help;
        }
        int open = bodyStart(text, definition.start(), definition.end());
        if (open < 0) {
            return null;
        }
        help = firstHelpBlock(text, open + 1, definition.end() - 1);
        if (help != null) {
            return help;
        }
        int close = text.lastIndexOf('}', definition.end() - 1);
        return close > open ? HelpSections.parse(lines(precedingBlock(text, close, 0))) : null;
    }

    /**
     * What the parameters of the function defined at {@code definition} (or of a script's param block) say for help:
     * the comment lines just above each parameter (up to a blank line away), and the text of its default value.
     */
    static ParameterComments parameterComments(String text, List<ParameterAst> parameters) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ParameterAst p : parameters) {
            String name = p.name().path().name();
            int start = p.extent().start();
            List<String> lines = new ArrayList<>(lines(precedingBlock(text, start, lineOf(text, start) - PROXIMITY)));
            lines.replaceAll(String::strip);
            lines.removeIf(String::isEmpty);
            if (!lines.isEmpty()) {
                descriptions.put(name, String.join("\n", lines));
            }
            if (p.defaultValue() != null) {
                Extent d = p.defaultValue().extent();
                defaults.put(name, text.substring(d.start(), d.end()));
            }
        }
        return new ParameterComments(descriptions, defaults);
    }

    /** The help comment of a whole script, at its start or its end; null when it has none. */
    static HelpSections ofScript(String text, boolean startsWithFunction, int firstStatement) {
        List<Comment> first = nextBlock(text, 0, text.length());
        HelpSections help = HelpSections.parse(lines(first));
        if (help != null) {
            boolean belongsToFunction = startsWithFunction
                    && lineOf(text, firstStatement) - first.getLast().lastLine() <= PROXIMITY;
            if (!belongsToFunction) {
                return help;
            }
        }
        return HelpSections.parse(lines(precedingBlock(text, text.length(), 0)));
    }

    /** The first comment blocks from {@code from}, each tried in turn until one is help, up to code. */
    private static HelpSections firstHelpBlock(String text, int from, int to) {
        int at = from;
        while (true) {
            List<Comment> block = nextBlock(text, at, to);
            if (block.isEmpty()) {
                return null;
            }
            HelpSections help = HelpSections.parse(lines(block));
            if (help != null) {
                return help;
            }
            at = block.getLast().end();
        }
    }

    /**
     * The comments from {@code from} on, skipping blank lines before the first, each next one starting on the line
     * the last ended on or the next; empty when code comes first.
     */
    private static List<Comment> nextBlock(String text, int from, int to) {
        List<Comment> block = new ArrayList<>();
        int at = from;
        int maxLine = Integer.MAX_VALUE;
        while (true) {
            while (at < to && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= to || text.charAt(at) != '#' && !text.startsWith("<#", at) || lineOf(text, at) > maxLine) {
                return block;
            }
            int end = text.startsWith("<#", at) ? blockEnd(text, at) : lineEnd(text, at);
            Comment c = new Comment(text.substring(at, end), end, lineOf(text, at), lineOf(text, Math.max(at, end - 1)));
            block.add(c);
            maxLine = c.lastLine() + 1;
            at = end;
        }
    }

    /**
     * The comments just before offset {@code before}: the last ending on or after line {@code minLastLine}, and each
     * one before it ending on the line above the next one's first.
     */
    private static List<Comment> precedingBlock(String text, int before, int minLastLine) {
        List<Comment> block = new ArrayList<>();
        int at = before;
        int minLine = minLastLine;
        while (true) {
            int end = at;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end == 0 || lineOf(text, end - 1) < minLine) {
                break;
            }
            int start;
            if (text.startsWith("#>", end - 2) && text.lastIndexOf("<#", end - 2) >= 0) {
                start = text.lastIndexOf("<#", end - 2);
            } else {
                int lineStart = text.lastIndexOf('\n', end - 1) + 1;
                int hash = text.indexOf('#', lineStart);
                if (hash < 0 || hash >= end || !text.substring(lineStart, hash).isBlank()) {
                    break;
                }
                start = hash;
            }
            Comment c = new Comment(text.substring(start, end), end, lineOf(text, start), lineOf(text, end - 1));
            block.addFirst(c);
            minLine = c.firstLine() - 1;
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            if (!text.substring(lineStart, start).isBlank()) {
                break;
            }
            at = start;
        }
        return block;
    }

    /** The offset of a function's body's opening brace: after its name and any {@code (parameters)}. */
    private static int bodyStart(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int blockEnd(String text, int start) {
        int close = text.indexOf("#>", start + 2);
        return close < 0 ? text.length() : close + 2;
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The comments' text as lines: a block's content split at line ends, a line comment without its {@code #}s. */
    private static List<String> lines(List<Comment> comments) {
        List<String> lines = new ArrayList<>();
        for (Comment c : comments) {
            String t = c.text();
            if (t.startsWith("<#")) {
                String inner = t.substring(2, t.endsWith("#>") && t.length() >= 4 ? t.length() - 2 : t.length());
                for (String line : inner.split("\r?\n|\r", -1)) {
                    lines.add(line);
                }
            } else {
                int i = 0;
                while (i < t.length() && t.charAt(i) == '#') {
                    i++;
                }
                lines.add(t.substring(i).replace("\r", ""));
            }
        }
        return lines;
    }
}
