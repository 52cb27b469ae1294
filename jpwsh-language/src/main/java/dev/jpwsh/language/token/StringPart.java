package dev.jpwsh.language.token;

/**
 * A segment of an expandable string or a command-mode bareword: literal text, a {@code $name} variable, or a
 * {@code $( ... )} subexpression. Offsets are absolute in the source text and cover the segment as written.
 */
public sealed interface StringPart {
    int start();

    int end();

    /** Literal text, escapes already processed. */
    record Literal(String text, int start, int end) implements StringPart {
    }

    /** {@code $name}, {@code ${name}}, {@code $scope:name}; {@code path} has neither {@code $} nor braces. */
    record Variable(String path, boolean braced, int start, int end) implements StringPart {
    }

    /** {@code $( statements )}: the statements lie between {@code start + 2} and {@code end - 1}. */
    record SubExpression(int start, int end) implements StringPart {
    }
}
