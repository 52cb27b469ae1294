package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;

/** What a command line is made of: its name, parameters and arguments. Every expression is one. */
public sealed interface CommandElementAst extends Ast permits CommandElementAst.Parameter,
        CommandElementAst.VerbatimArgument, ExpressionAst {

    /** {@code -Name}, or {@code -Name:value} with the argument joined by a colon. */
    record Parameter(Extent extent, String name, ExpressionAst argument) implements CommandElementAst {
    }

    /** The text after {@code --%}, passed on unparsed. */
    record VerbatimArgument(Extent extent, String text) implements CommandElementAst {
    }
}
