package dev.jpwsh.engine.serialization;

/**
 * pwsh's encoding of strings in CLIXML: control characters (0x00-0x1F, 0x7F-0x9F), surrogates and an underscore
 * before an {@code x} become {@code _xHHHH_}, so any string survives XML. Stateless.
 */
final class CliXmlStrings {
    private CliXmlStrings() {
    }

    static String encode(String s) {
        int first = firstEncodable(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (needsEncoding(s, i)) {
                out.append("_x").append(String.format("%04X", (int) c)).append('_');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstEncodable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (needsEncoding(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEncoding(String s, int i) {
        char c = s.charAt(i);
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                || (c == '_' && i + 1 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X'));
    }

    /** Undoes {@link #encode}: each {@code _xHHHH_} (hex digits, any case) becomes its character. */
    static String decode(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
