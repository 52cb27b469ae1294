package dev.jpwsh.language.token;

/** Character classes of PowerShell's lexical grammar. */
public final class CharClass {
    private CharClass() {
    }

    public static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == 0x0B || c == 0x00A0 || c == 0x0085
                || (c > 0x7F && Character.isSpaceChar(c) && c != 0x2028 && c != 0x2029);
    }

    public static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    /** The dashes PowerShell accepts for {@code -}: hyphen-minus, en dash, em dash, horizontal bar. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    public static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    public static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    /** Characters of a simple variable name: {@code $abc_1}. */
    public static boolean isVariableChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?';
    }

    public static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    public static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Characters of a type name inside brackets: {@code System.Collections.Generic.List`1+Nested}. */
    public static boolean isTypeNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '`' || c == '+' || c == '#' || c == '&';
    }

    /** Characters that end a bareword in argument mode. */
    public static boolean endsBareword(char c) {
        return isWhitespace(c) || isNewline(c) || c == '{' || c == '}' || c == '(' || c == ')' || c == ';'
                || c == ',' || c == '|' || c == '&' || c == '<' || c == '>';
    }

    /** Characters of a parameter name: {@code -Name}, stopping at the colon that may follow. */
    public static boolean isParameterChar(char c) {
        return !endsBareword(c) && c != ':' && c != '.' && c != '[' && c != '\'' && c != '"'
                && !isSingleQuote(c) && !isDoubleQuote(c) && c != '$' && c != '@';
    }

    public static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
