package dev.jpwsh.commands.data.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The characters pwsh's JSON writer escapes for each -EscapeHandling: always quotes, backslashes, control characters
 * (short forms for \b \t \n \f \r, else a six-character escape in lower-case hex) and U+0085, U+2028, U+2029; with
 * EscapeHtml also {@code < > & ' "} as hex escapes; with EscapeNonAscii every character above U+007F.
 */
final class JsonEscapes extends CharacterEscapes {
    private static final String SHORT_FORMS = "\bb\tt\nn\ff\rr";

    private final int[] ascii = standardAsciiEscapesForJSON();
    private final StringEscapeHandling handling;

    JsonEscapes(StringEscapeHandling handling) {
        this.handling = handling;
        for (int c = 0; c < 0x20; c++) {
            int at = SHORT_FORMS.indexOf(c);
            ascii[c] = at >= 0 && at % 2 == 0 ? SHORT_FORMS.charAt(at + 1) : ESCAPE_CUSTOM;
        }
        if (handling == StringEscapeHandling.EscapeHtml) {
            for (char c : "<>&'\"".toCharArray()) {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch < 0x80 || ch == 0x85 || ch == 0x2028 || ch == 0x2029
                || handling == StringEscapeHandling.EscapeNonAscii) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
