package dev.jpwsh.language.token;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/**
 * One token. {@code value} depends on the kind:
 * <ul>
 * <li>VARIABLE, SPLATTED_VARIABLE: the variable path as written without {@code $}/{@code @} and braces
 *     ({@code "script:x"}, {@code "env:PATH"});</li>
 * <li>PARAMETER: the parameter name without dash or colon;</li>
 * <li>NUMBER: a {@link NumberLiteral};</li>
 * <li>STRING_LITERAL, HERE_STRING_LITERAL, IDENTIFIER, LABEL: the text with quoting and escapes removed;</li>
 * <li>STRING_EXPANDABLE, HERE_STRING_EXPANDABLE, GENERIC: the text with escapes removed; {@code parts} then
 *     lists its literal and {@code $} segments (empty for a GENERIC token with no {@code $} in it);</li>
 * <li>REDIRECTION: the redirection as written ({@code "2>&1"});</li>
 * <li>otherwise null.</li>
 * </ul>
 * {@code followsSpace} tells whether white space, a comment or a line continuation stands right before it.
 */
public record Token(TokenKind kind, Extent extent, Object value, List<StringPart> parts, boolean followsSpace) {
    public Token {
        parts = parts == null ? List.of() : parts;
    }

    public String text() {
        return extent.text();
    }

    public String stringValue() {
        return (String) value;
    }

    public int start() {
        return extent.start();
    }

    public int end() {
        return extent.end();
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** True when this token starts exactly where {@code previous} ends. */
    public boolean adjacentTo(Token previous) {
        return previous != null && previous.end() == start();
    }

    @Override
    public String toString() {
        return kind + " '" + text() + "'";
    }
}
