package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;

/** Redirections of a pipeline element's streams. */
public sealed interface RedirectionAst extends Ast {

    /** The streams by number ({@code *} is ALL). */
    enum Stream {
        ALL, OUTPUT, ERROR, WARNING, VERBOSE, DEBUG, INFORMATION;

        public static Stream of(char c) {
            return switch (c) {
                case '*' -> ALL;
                case '2' -> ERROR;
                case '3' -> WARNING;
                case '4' -> VERBOSE;
                case '5' -> DEBUG;
                case '6' -> INFORMATION;
                default -> OUTPUT;
            };
        }
    }

    /** {@code 2> file}, {@code >> file}, {@code *> $null}. */
    record File(Extent extent, Stream from, ExpressionAst location, boolean append) implements RedirectionAst {
    }

    /** {@code 2>&1}, {@code *>&1}. */
    record Merging(Extent extent, Stream from, Stream to) implements RedirectionAst {
    }
}
