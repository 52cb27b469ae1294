package dev.jpwsh.commands.completion;

/**
 * How a completion is quoted, as pwsh quotes it: text with blanks or characters the tokenizer would take apart goes
 * in single quotes (a single quote doubled); after an opening double quote, in double quotes with {@code `}, {@code $}
 * and double quotes escaped by a backtick.
 */
final class Quoting {
    /** Characters that make a bare word something else, or end it. */
    private static final String SPECIAL = "$`'\"(){}[];,|&@#<>\u2018\u2019\u201A\u201B\u201C\u201D\u201E";

    private Quoting() {
    }

    static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || SPECIAL.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String single(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            out.append(c);
            if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B') {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    static String doubled(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '`' || c == '$' || c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') {
                out.append('`');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** A completion in the quotes the word was opened with (none: quotes only when needed). */
    static String as(char quote, String text) {
        return quote == '"' ? doubled(text) : quote == '\'' || needsQuotes(text) ? single(text) : text;
    }
}
