package dev.jpwsh.commands.web;

/** Text made safe inside HTML as .NET's WebUtility.HtmlEncode makes it. */
final class HtmlText {
    private HtmlText() {
    }

    /** {@code < > & " '} as entities, and the characters U+00A0 to U+00FF and those beyond the BMP as {@code &#N;}. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0xA0 && c < 0x100 || c > 0xFFFF) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
