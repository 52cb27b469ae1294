package dev.jpwsh.commands.data.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed JSON as ConvertFrom-Json reports it: an ArgumentException "Conversion from JSON failed with error: ..."
 * whose inner text is what pwsh's reader (Newtonsoft.Json) says, with the path, line and position it gives (the
 * position counts the characters of the line before the offending one). Jackson's own messages are mapped onto them.
 */
final class JsonReadErrors {
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.)");

    private JsonReadErrors() {
    }

    static PSException malformed(String reason, String path, String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int position = at - lineStart;
        if (line == 1 && text.substring(0, at).isBlank() && at == 0) {
            line = 0;
        }
        String message = "Conversion from JSON failed with error: " + reason + " Path '" + path + "', line " + line
                + ", position " + position + ".";
        return RuntimeFailures.create("System.ArgumentException", "NotSpecified", message, null,
                "System.ArgumentException");
    }

    /** Jackson's complaint about {@code text} in pwsh's words. */
    static PSException fromParser(JsonProcessingException e, String path, String text) {
        String original = e.getOriginalMessage();
        int offset = e.getLocation() == null ? text.length() : (int) e.getLocation().getCharOffset();
        Matcher unexpected = UNEXPECTED.matcher(original);
        Matcher token = TOKEN.matcher(original);
        String reason;
        if (original.startsWith("Unexpected end-of-input")) {
            reason = original.contains("closing quote") ? "Unterminated string. Expected delimiter: \"."
                    : "Unexpected end when reading JSON.";
            offset = text.length();
        } else if (unexpected.find()) {
            String c = unexpected.group(1);
            if (original.contains("comma to separate")) {
                reason = "After parsing a value an unexpected character was encountered: " + c + ".";
            } else if (original.contains("colon to separate")) {
                reason = "Invalid character after parsing property name. Expected ':' but got: " + c + ".";
            } else if (original.contains("field name")) {
                reason = "Invalid property identifier character: " + c + ".";
            } else {
                reason = "Unexpected character encountered while parsing value: " + c + ".";
            }
        } else if (token.find()) {
            reason = "Unexpected character encountered while parsing value: " + token.group(1) + ".";
            offset = tokenStart(text, offset);
        } else {
            reason = original.replaceAll("\\s+", " ").trim();
        }
        return malformed(reason, path, text, offset);
    }

    /** Where the unrecognised word that ends before {@code end} begins. */
    private static int tokenStart(String text, int end) {
        int i = Math.min(end, text.length());
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "[{,:".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }
}
