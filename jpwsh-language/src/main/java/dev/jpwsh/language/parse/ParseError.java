package dev.jpwsh.language.parse;

import dev.jpwsh.language.source.Extent;

/**
 * A parse error: PowerShell's error id (a {@code ParserStrings} key such as {@code MissingEndCurlyBrace}), the
 * message, where it is, and whether more input could complete the text (the console's {@code >>} prompt).
 */
public record ParseError(String errorId, String message, Extent extent, boolean incompleteInput) {
    @Override
    public String toString() {
        return extent.startPosition() + ": " + errorId + ": " + message;
    }
}
