package dev.jpwsh.language.token;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the content of quoted strings and the {@code $} segments of expandable text, for the
 * {@link Tokenizer}. Works on the tokenizer's text and position; reports through its error sink.
 */
final class StringScanner {
    /** Decoded text and the segments that make it up (segments only when a {@code $} expansion occurs). */
    record Content(String value, List<StringPart> parts, int end, boolean terminated) {
    }

    private final Tokenizer tokenizer;
    private final String text;

    StringScanner(Tokenizer tokenizer, String text) {
        this.tokenizer = tokenizer;
        this.text = text;
    }

    /** Content of {@code '...'} from just after the opening quote; {@code ''} stands for one quote. */
    Content singleQuoted(int pos) {
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (CharClass.isSingleQuote(c)) {
                if (pos + 1 < text.length() && CharClass.isSingleQuote(text.charAt(pos + 1))) {
                    value.append(c);
                    pos += 2;
                    continue;
                }
                return new Content(value.toString(), List.of(), pos + 1, true);
            }
            value.append(c);
            pos++;
        }
        return new Content(value.toString(), List.of(), pos, false);
    }

    /** Content of {@code "..."} from just after the opening quote, with escapes and {@code $} segments. */
    Content doubleQuoted(int pos) {
        return expandable(pos, false);
    }

    /** Content of a {@code @'} here-string from the start of its first content line. */
    Content singleQuotedHere(int pos) {
        int end = hereStringEnd(pos, '\'');
        if (end < 0) {
            return new Content(text.substring(pos), List.of(), text.length(), false);
        }
        return new Content(text.substring(pos, contentEnd(pos, end)), List.of(), end + 2, true);
    }

    /** Content of a {@code @"} here-string from the start of its first content line. */
    Content doubleQuotedHere(int pos) {
        int end = hereStringEnd(pos, '"');
        if (end < 0) {
            Content partial = expandable(pos, true, text.length());
            return new Content(partial.value(), partial.parts(), text.length(), false);
        }
        Content c = expandable(pos, true, contentEnd(pos, end));
        return new Content(c.value(), c.parts(), end + 2, true);
    }

    /** The offset of the closing {@code "@} or {@code '@}, which must start a line; -1 if there is none. */
    private int hereStringEnd(int pos, char quote) {
        int lineStart = pos;
        while (lineStart <= text.length()) {
            if (lineStart + 1 < text.length() && quoteMatches(text.charAt(lineStart), quote)
                    && text.charAt(lineStart + 1) == '@') {
                return lineStart;
            }
            int nl = nextLineStart(lineStart);
            if (nl < 0) {
                return -1;
            }
            lineStart = nl;
        }
        return -1;
    }

    private static boolean quoteMatches(char c, char quote) {
        return quote == '"' ? CharClass.isDoubleQuote(c) : CharClass.isSingleQuote(c);
    }

    private int nextLineStart(int pos) {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** The content stops before the line break that precedes the terminator line. */
    private int contentEnd(int contentStart, int terminator) {
        int end = terminator;
        if (end > contentStart && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > contentStart && text.charAt(end - 1) == '\r') {
            end--;
        }
        return Math.max(end, contentStart);
    }

    private Content expandable(int pos, boolean here) {
        return expandable(pos, here, text.length());
    }

    /**
     * Expandable content from {@code pos}. A double-quoted string ends at its closing quote ({@code ""}
     * stands for one quote); here-string content runs to {@code limit}.
     */
    private Content expandable(int pos, boolean here, int limit) {
        PartsBuilder parts = new PartsBuilder(text, pos);
        while (pos < limit) {
            char c = text.charAt(pos);
            if (!here && CharClass.isDoubleQuote(c)) {
                if (pos + 1 < limit && CharClass.isDoubleQuote(text.charAt(pos + 1))) {
                    parts.append(c, pos + 2);
                    pos += 2;
                    continue;
                }
                return parts.finish(pos, pos + 1, true);
            }
            if (c == '`' && pos + 1 < limit) {
                pos = escape(pos, parts);
                continue;
            }
            if (c == '$') {
                int after = dollar(pos, parts);
                if (after > pos) {
                    pos = after;
                    continue;
                }
            }
            parts.append(c, pos + 1);
            pos++;
        }
        return parts.finish(pos, pos, here);
    }

    /** A backtick escape at {@code pos}; returns the offset after it. */
    int escape(int pos, PartsBuilder parts) {
        char e = text.charAt(pos + 1);
        if (e == 'u') {
            if (pos + 2 < text.length() && text.charAt(pos + 2) == '{') {
                return unicodeEscape(pos, parts);
            }
            tokenizer.report("InvalidUnicodeEscapeSequence", pos, pos + 2, false);
        }
        String decoded = switch (e) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'e' -> "\u001B";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\u000B";
            default -> String.valueOf(e);
        };
        if (e == '\r' && pos + 2 < text.length() && text.charAt(pos + 2) == '\n') {
            parts.append("\r\n", pos + 3);
            return pos + 3;
        }
        parts.append(decoded, pos + 2);
        return pos + 2;
    }

    /**
     * {@code `u{XXXX}}: one to six hex digits in braces. Errors point where the escape goes wrong: the first
     * non-digit, the seventh digit, or the first digit of a value beyond U+10FFFF ({@code `u} without a brace is
     * reported at its backtick).
     */
    private int unicodeEscape(int pos, PartsBuilder parts) {
        int i = pos + 3;
        int digitsStart = i;
        while (i < text.length() && CharClass.isHexDigit(text.charAt(i)) && i - digitsStart < 6) {
            i++;
        }
        if (i < text.length() && CharClass.isHexDigit(text.charAt(i))) {
            tokenizer.report("TooManyDigitsInUnicodeEscapeSequence", i, i + 1, false);
            parts.append("", i);
            return i;
        }
        if (i == digitsStart || i >= text.length() || text.charAt(i) != '}') {
            String id = i == digitsStart ? "InvalidUnicodeEscapeSequence" : "MissingUnicodeEscapeSequenceTerminator";
            tokenizer.report(id, i, Math.min(i + 1, text.length()), i >= text.length());
            parts.append("", i);
            return i;
        }
        int codePoint = Integer.parseInt(text.substring(digitsStart, i), 16);
        if (codePoint > 0x10FFFF) {
            tokenizer.report("InvalidUnicodeEscapeSequenceValue", digitsStart, i, false);
            parts.append("", i + 1);
        } else {
            parts.append(new String(Character.toChars(codePoint)), i + 1);
        }
        return i + 1;
    }

    /**
     * A {@code $} segment at {@code pos}: a variable or subexpression, added to {@code parts}. Returns the
     * offset after it, or {@code pos} when the dollar is literal.
     */
    int dollar(int pos, PartsBuilder parts) {
        if (pos + 1 >= text.length()) {
            return pos;
        }
        char n = text.charAt(pos + 1);
        if (n == '(') {
            int end = tokenizer.matchingParenEnd(pos + 2);
            if (end < 0) {
                tokenizer.report("IncompleteDollarSubexpressionReference", pos, text.length(), true);
                end = text.length();
            }
            parts.add(new StringPart.SubExpression(pos, end));
            return end;
        }
        if (n == '{') {
            Tokenizer.BracedName braced = tokenizer.bracedVariableName(pos + 2);
            parts.add(new StringPart.Variable(braced.name(), true, pos, braced.end()));
            return braced.end();
        }
        int end = tokenizer.variableNameEnd(pos + 1, true);
        if (end == pos + 1) {
            return pos;
        }
        parts.add(new StringPart.Variable(text.substring(pos + 1, end), false, pos, end));
        return end;
    }

    /** Collects decoded literal text and {@code $} segments in order. */
    static final class PartsBuilder {
        private final String text;
        private final StringBuilder value = new StringBuilder();
        private final List<StringPart> parts = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();
        private int literalStart;
        private int literalEnd;
        private boolean expanded;

        PartsBuilder(String text, int start) {
            this.text = text;
            this.literalStart = start;
            this.literalEnd = start;
        }

        void append(char c, int end) {
            value.append(c);
            literal.append(c);
            literalEnd = end;
        }

        void append(String s, int end) {
            value.append(s);
            literal.append(s);
            literalEnd = end;
        }

        void add(StringPart part) {
            flushLiteral();
            parts.add(part);
            expanded = true;
            value.append(text, part.start(), part.end());
            literalStart = part.end();
            literalEnd = part.end();
        }

        private void flushLiteral() {
            if (!literal.isEmpty()) {
                parts.add(new StringPart.Literal(literal.toString(), literalStart, literalEnd));
                literal.setLength(0);
            }
        }

        boolean expanded() {
            return expanded;
        }

        String value() {
            return value.toString();
        }

        List<StringPart> parts() {
            if (!expanded) {
                return List.of();
            }
            flushLiteral();
            return List.copyOf(parts);
        }

        Content finish(int contentEnd, int end, boolean terminated) {
            literalEnd = Math.max(literalEnd, contentEnd);
            return new Content(value(), parts(), end, terminated);
        }
    }
}
