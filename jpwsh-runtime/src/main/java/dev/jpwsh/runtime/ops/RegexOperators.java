package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.regex.DotNetPattern;
import dev.jpwsh.runtime.regex.RegexReplacement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/** Regular-expression helpers for {@code -match}, {@code -replace} and {@code -split}, with .NET syntax. */
public final class RegexOperators {
    private RegexOperators() {
    }

    /**
     * The pattern of {@code -match}, {@code -replace} and their kin; an invalid one is PowerShell's
     * InvalidRegularExpression error, whose inner exception is .NET's parse error.
     */
    public static DotNetPattern compile(String pattern, boolean caseSensitive) {
        return compile(pattern, caseSensitive ? 0 : DotNetPattern.IGNORE_CASE);
    }

    /** A pattern under .NET RegexOptions, as {@link #compile(String, boolean)} reports an invalid one. */
    public static DotNetPattern compile(String pattern, int options) {
        try {
            return DotNetPattern.of(pattern, options);
        } catch (PSRuntimeException e) {
            throw new PSRuntimeException("InvalidRegularExpression", "InvalidOperation",
                    "The regular expression pattern " + pattern + " is not valid.", e);
        }
    }

    /** What {@code -match} leaves in {@code $Matches}: each group that took part, by number or by name. */
    public static PSHashtable matchesTable(DotNetPattern pattern, MatchResult m) {
        PSHashtable matches = new PSHashtable();
        for (int g = 0; g < pattern.groupCount(); g++) {
            String value = pattern.group(m, g);
            if (value != null) {
                String name = pattern.groupName(g);
                matches.put(name.equals(String.valueOf(g)) ? (Object) g : name, value);
            }
        }
        return matches;
    }

    public static String replace(String input, DotNetPattern pattern, String replacement) {
        return RegexReplacement.replaceAll(pattern, input, replacement);
    }

    /**
     * {@code input -split pattern[, max]}: the pieces between matches, keeping empty ones (an empty match at the
     * start gives an empty first piece, as in .NET); captured groups are included as .NET does; at most
     * {@code max} pieces when max is positive.
     */
    public static List<String> split(String input, DotNetPattern pattern, int max) {
        if (max < 0) {
            return splitFromEnd(input, pattern, -max);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = pattern.matcher(input);
        int start = 0;
        while ((max <= 0 || parts.size() < max - 1) && m.find()) {
            parts.add(input.substring(start, m.start()));
            for (int g = 1; g < pattern.groupCount(); g++) {
                String captured = pattern.group(m, g);
                if (captured != null) {
                    parts.add(captured);
                }
            }
            start = m.end();
        }
        parts.add(input.substring(start));
        return parts;
    }

    /** A negative max: at most {@code max} pieces, counted from the end of the input. */
    private static List<String> splitFromEnd(String input, DotNetPattern pattern, int max) {
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
