package dev.jpwsh.console.errorview;

/**
 * Breaks the message line of the concise error view to the console width, as pwsh does: each piece is cut at
 * the last blank that keeps it within the width, and every continuation line starts with the gutter prefix.
 * Escape sequences in the prefix take no columns.
 */
final class MessageWrapper {
    private MessageWrapper() {
    }

    /**
     * {@code message} already starts with {@code prefix}; {@code prefixWidth} is the prefix's visible length.
     * A width of 0 or less leaves the message whole.
     */
    static String wrap(String message, String prefix, int prefixWidth, int width) {
        int escapeLength = prefix.length() - prefixWidth;
        if (width <= 0 || message.length() - escapeLength <= width) {
            return message;
        }
        StringBuilder wrapped = new StringBuilder();
        String piece = cutAtBlank(message, width + escapeLength);
        wrapped.append(piece).append(System.lineSeparator());
        String rest = message.substring(piece.length()).strip();
        while (rest.length() + prefixWidth > width) {
            piece = cutAtBlank(prefix + rest, width + escapeLength);
            if (piece.length() <= prefix.length()) {
                break;
            }
            wrapped.append(piece).append(System.lineSeparator());
            rest = rest.substring(piece.length() - prefix.length()).strip();
        }
        return wrapped.append(prefix).append(rest.strip()).toString();
    }

    /** The text up to {@code length} characters, cut before the last blank within them if it has one. */
    private static String cutAtBlank(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        String head = text.substring(0, length);
        for (int i = head.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(head.charAt(i))) {
                return head.substring(0, i);
            }
        }
        return head;
    }
}
