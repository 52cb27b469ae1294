package dev.jpwsh.dotnet.security;

/**
 * Making secure strings from text and reading their text back, for the cmdlets and serializers that must; and the
 * local-machine form pwsh writes on Linux, which has no DPAPI (the hex digits of the text's UTF-16LE bytes).
 */
public final class SecureStrings {
    private static final String HEX_DIGITS = "0123456789abcdefABCDEF";

    private SecureStrings() {
    }

    public static SecureString of(String text) {
        return new SecureString(text.toCharArray());
    }

    public static SecureString of(char[] text) {
        return new SecureString(text);
    }

    /** The secure string's text; the caller should not keep it longer than it needs it. */
    public static String plainText(SecureString secure) {
        return new String(secure.text());
    }

    /** The local-machine form of a secure string, as ConvertFrom-SecureString and Export-Clixml write it. */
    public static String toLocalForm(SecureString secure) {
        return java.util.HexFormat.of().formatHex(plainText(secure).getBytes(
                java.nio.charset.StandardCharsets.UTF_16LE));
    }

    /**
     * Reads the local-machine form; IllegalArgumentException, with pwsh's text, for anything else (its subclass
     * NumberFormatException, .NET's FormatException, for a pair of characters that is no hex number).
     */
    public static SecureString fromLocalForm(String text) {
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("The parameter value \"" + text + "\" is not a valid encrypted string.");
        }
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            String pair = text.substring(2 * i, 2 * i + 2);
            if (HEX_DIGITS.indexOf(pair.charAt(0)) < 0 || HEX_DIGITS.indexOf(pair.charAt(1)) < 0) {
                throw new NumberFormatException("The input string '" + pair + "' was not in a correct format.");
            }
            bytes[i] = (byte) Integer.parseInt(pair, 16);
        }
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("Could not decrypt data. The data was not encrypted with this key.");
        }
        return of(new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE));
    }
}
