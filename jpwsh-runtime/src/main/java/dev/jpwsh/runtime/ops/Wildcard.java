package dev.jpwsh.runtime.ops;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PowerShell wildcard patterns ({@code *}, {@code ?}, {@code [a-z]}, backtick escapes) as regular expressions
 * that must match the whole text.
 */
public final class Wildcard {
    private Wildcard() {
    }

    public static Pattern compile(String wildcard, boolean caseSensitive) {
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < wildcard.length(); i++) {
            char c = wildcard.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    int close = wildcard.indexOf(']', i + 1);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        appendCharacterClass(regex, wildcard.substring(i + 1, close));
                        i = close;
                    }
                }
                case '`' -> {
                    if (i + 1 < wildcard.length()) {
                        regex.append(Pattern.quote(String.valueOf(wildcard.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append('$');
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(regex.toString(), flags);
        } catch (PatternSyntaxException invalid) {
            throw new IllegalArgumentException("The specified wildcard character pattern is not valid: " + wildcard);
        }
    }

    /** {@code [members]}: its letters, digits and ranges as they are, any other character literally. */
    private static void appendCharacterClass(StringBuilder regex, String members) {
        if (members.isEmpty()) {
            regex.append("(?!)");
            return;
        }
        regex.append('[');
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            boolean range = c == '-' && i > 0 && i < members.length() - 1;
            if (!range && !Character.isLetterOrDigit(c)) {
                regex.append('\\');
            }
            regex.append(c);
        }
        regex.append(']');
    }

    /** WildcardPattern.ContainsWildcardCharacters: whether the text has {@code *}, {@code ?} or {@code [}. */
    public static boolean containsWildcardCharacters(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    public static boolean matches(String text, String wildcard, boolean caseSensitive) {
        return compile(wildcard, caseSensitive).matcher(text).matches();
    }
}
