package dev.jpwsh.runtime.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * A .NET replacement pattern read once against its regex: {@code $1}, {@code ${name}}, {@code $&} (also
 * {@code $0}), {@code $`}, {@code $'}, {@code $+}, {@code $_} and {@code $$}; any other {@code $} is itself.
 */
public final class RegexReplacement {
    private static final Object BEFORE = new Object();
    private static final Object AFTER = new Object();
    private static final Object INPUT = new Object();

    /** Literal text (String) or a .NET group number (Integer) or one of the markers above. */
    private final List<Object> parts = new ArrayList<>();

    private RegexReplacement(String replacement, DotNetPattern regex) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < replacement.length()) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= replacement.length()) {
                literal.append(c);
                i++;
                continue;
            }
            char next = replacement.charAt(i + 1);
            Object part = null;
            int length = 2;
            if (next == '$') {
                literal.append('$');
                i += 2;
                continue;
            } else if (next == '&') {
                part = 0;
            } else if (next == '`') {
                part = BEFORE;
            } else if (next == '\'') {
                part = AFTER;
            } else if (next == '_') {
                part = INPUT;
            } else if (next == '+') {
                part = regex.groupCount() - 1;
            } else if (next == '{') {
                int close = replacement.indexOf('}', i + 2);
                int number = close < 0 ? -1 : regex.groupNumber(canonical(replacement.substring(i + 2, close)));
                if (number >= 0) {
                    part = number;
                    length = close + 1 - i;
                }
            } else if (Character.isDigit(next)) {
                int end = i + 1;
                while (end < replacement.length() && Character.isDigit(replacement.charAt(end))) {
                    end++;
                }
                for (int stop = end; stop > i + 1 && part == null; stop--) {
                    int number = regex.groupNumber(canonical(replacement.substring(i + 1, stop)));
                    if (number >= 0) {
                        part = number;
                        length = stop - i;
                    }
                }
            }
            if (part == null) {
                literal.append(c);
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(part);
            i += length;
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
    }

    /** A group reference's digits without leading zeros, else the name as written. */
    private static String canonical(String name) {
        if (!name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit)) {
            return String.valueOf(Integer.parseInt(name));
        }
        return name;
    }

    public static RegexReplacement parse(String replacement, DotNetPattern regex) {
        return new RegexReplacement(replacement, regex);
    }

    /** Writes this replacement for match {@code m} of {@code regex} in {@code input}. */
    public void appendTo(StringBuilder sb, DotNetPattern regex, MatchResult m, String input) {
        for (Object part : parts) {
            if (part instanceof String text) {
                sb.append(text);
            } else if (part instanceof Integer number) {
                String value = regex.group(m, number);
                sb.append(value == null ? "" : value);
            } else if (part == BEFORE) {
                sb.append(input, 0, m.start());
            } else if (part == AFTER) {
                sb.append(input, m.end(), input.length());
            } else {
                sb.append(input);
            }
        }
    }

    /** Every match of {@code regex} in {@code input} replaced by {@code replacement}. */
    public static String replaceAll(DotNetPattern regex, String input, String replacement) {
        Matcher m = regex.matcher(input);
        if (!m.find()) {
            return input;
        }
        RegexReplacement r = parse(replacement, regex);
        StringBuilder sb = new StringBuilder(input.length());
        int last = 0;
        do {
            sb.append(input, last, m.start());
            r.appendTo(sb, regex, m, input);
            last = m.end();
        } while (m.find());
        return sb.append(input, last, input.length()).toString();
    }
}
