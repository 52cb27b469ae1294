package dev.jpwsh.engine.command;

/**
 * How a plain argument was written on a command line, which only a native program's argument vector depends on:
 * a quoted string ({@code '*.txt'}, {@code "~"}) is passed as it is, anything else is globbed and {@code ~}-expanded
 * on Unix, an array literal ({@code a,b}) passes its source text, split at blanks, as pwsh 7.4 does, and a number
 * literal whose value prints otherwise than it is written ({@code 0x10}, {@code 1.0}) passes its text, as pwsh keeps
 * it beside the number (PSObject's TokenText). {@code arrayLiteral} is that text for an array literal, else null;
 * {@code numberText} the text of such a number, else null.
 */
public record ArgumentSpelling(boolean quoted, String arrayLiteral, String numberText) {
    /** Not a quoted string: a bare word, a variable, an expression, or a value from splatting. */
    public static final ArgumentSpelling UNQUOTED = new ArgumentSpelling(false, null, null);
    /** A single- or double-quoted string, or a here-string. */
    public static final ArgumentSpelling QUOTED = new ArgumentSpelling(true, null, null);

    /** An array literal written as {@code text}. */
    public static ArgumentSpelling arrayLiteral(String text) {
        return new ArgumentSpelling(false, text, null);
    }

    /** A number literal written as {@code text}, which its value does not print as. */
    public static ArgumentSpelling number(String text) {
        return new ArgumentSpelling(false, null, text);
    }
}
