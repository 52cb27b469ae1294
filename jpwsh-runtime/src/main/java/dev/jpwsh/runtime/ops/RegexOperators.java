package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Regular-expression helpers for {@code -match}, {@code -replace} and {@code -split}, with .NET syntax. */
public final class RegexOperators {
    private RegexOperators() {
    }

    /**
     * The pattern of {@code -match}, {@code -replace} and their kin; an invalid one is PowerShell's
     * InvalidRegularExpression error, whose inner exception is .NET's parse error.
     */
    public static Pattern compile(String pattern, boolean caseSensitive) {
        try {
            return parse(pattern, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PSRuntimeException e) {
            throw new PSRuntimeException("InvalidRegularExpression", "InvalidOperation",
                    "The regular expression pattern " + pattern + " is not valid.", e);
        }
    }

    /**
     * A pattern as {@code [regex]::new} parses it: an invalid one throws .NET's RegexParseException, worded as .NET
     * 8 words it ({@code Invalid pattern '(' at offset 1. Not enough )'s.}).
     */
    public static Pattern parse(String pattern, int flags) {
        try {
            return Pattern.compile(pattern, flags);
        } catch (PatternSyntaxException e) {
            throw new PSRuntimeException("RegexParseException", "InvalidArgument", "Invalid pattern '" + pattern
                    + "' at offset " + offset(e) + ". " + reason(e), null,
                    "System.Text.RegularExpressions.RegexParseException");
        }
    }

    /**
     * Where .NET's parser stops: at the end for an unclosed group, after the first unmatched {@code )}, else after
     * the construct Java's index points at.
     */
    private static int offset(PatternSyntaxException e) {
        String pattern = e.getPattern();
        if (e.getDescription().startsWith("Unclosed group")) {
            return pattern.length();
        }
        if (e.getDescription().startsWith("Unmatched closing ')'")) {
            return unmatchedClose(pattern) + 1;
        }
        return Math.min(e.getIndex() + 1, pattern.length());
    }

    /** The index of the first {@code )} without its {@code (}, outside escapes and character classes. */
    private static int unmatchedClose(String pattern) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return i;
            }
        }
        return pattern.length() - 1;
    }

    /** .NET's reason for the mistakes Java's parser names; others keep Java's plain description. */
    private static String reason(PatternSyntaxException e) {
        String java = e.getDescription();
        String at = e.getIndex() >= 0 && e.getIndex() < e.getPattern().length()
                ? String.valueOf(e.getPattern().charAt(e.getIndex())) : "";
        if (java.startsWith("Unclosed group")) {
            return "Not enough )'s.";
        }
        if (java.startsWith("Unmatched closing ')'")) {
            return "Too many )'s.";
        }
        if (java.startsWith("Dangling meta character")) {
            return "Quantifier '" + at + "' following nothing.";
        }
        if (java.startsWith("Unclosed character class")) {
            return "Unterminated [] set.";
        }
        if (java.startsWith("Unexpected internal error") && e.getPattern().endsWith("\\")) {
            return "Illegal \\ at end of pattern.";
        }
        if (java.startsWith("Illegal/unsupported escape sequence")) {
            return "Unrecognized escape sequence \\" + at + ".";
        }
        if (java.startsWith("Illegal character range")) {
            return "[x-y] range in reverse order.";
        }
        return java.endsWith(".") ? java : java + ".";
    }

    /** A .NET replacement string ({@code $1}, {@code ${name}}, {@code $$}) in Java's syntax. */
    public static String javaReplacement(String replacement) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '$' && i + 1 < replacement.length() && replacement.charAt(i + 1) == '$') {
                sb.append("\\$");
                i++;
            } else if (c == '$' && (i + 1 >= replacement.length() || !(Character.isDigit(replacement.charAt(i + 1))
                    || replacement.charAt(i + 1) == '{'))) {
                sb.append("\\$");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String replace(String input, Pattern pattern, String replacement) {
        return pattern.matcher(input).replaceAll(javaReplacement(replacement));
    }

    /**
     * {@code input -split pattern[, max]}: the pieces between matches, keeping empty ones (an empty match at the
     * start gives an empty first piece, as in .NET); captured groups are included as .NET does; at most
     * {@code max} pieces when max is positive.
     */
    public static List<String> split(String input, Pattern pattern, int max) {
        if (max < 0) {
            return splitFromEnd(input, pattern, -max);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = pattern.matcher(input);
        int start = 0;
        while ((max <= 0 || parts.size() < max - 1) && m.find()) {
            parts.add(input.substring(start, m.start()));
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    parts.add(m.group(g));
                }
            }
            start = m.end();
        }
        parts.add(input.substring(start));
        return parts;
    }

    /** A negative max: at most {@code max} pieces, counted from the end of the input. */
    private static List<String> splitFromEnd(String input, Pattern pattern, int max) {
        List<int[]> matches = new ArrayList<>();
        Matcher m = pattern.matcher(input);
        while (m.find()) {
            matches.add(new int[] {m.start(), m.end()});
        }
        List<String> parts = new ArrayList<>();
        int end = input.length();
        for (int i = matches.size() - 1; i >= 0 && parts.size() < max - 1; i--) {
            parts.addFirst(input.substring(matches.get(i)[1], end));
            end = matches.get(i)[0];
        }
        parts.addFirst(input.substring(0, end));
        return parts;
    }

    /** {@code -split input}: split on white space, dropping empty pieces. */
    public static List<String> splitWhitespace(String input) {
        List<String> parts = new ArrayList<>();
        for (String p : input.trim().split("\\s+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }
}
