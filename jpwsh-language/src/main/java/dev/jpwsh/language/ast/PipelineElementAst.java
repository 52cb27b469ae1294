package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** An element of a pipeline: a command invocation, or an expression (allowed only first). */
public sealed interface PipelineElementAst extends Ast {
    List<RedirectionAst> redirections();

    /** How a command is invoked: by name, with {@code &}, or dot-sourced with {@code .}. */
    enum InvocationOperator {
        NONE, AMPERSAND, DOT
    }

    /** {@code name args...}; the first element is the command name (or what {@code &}/{@code .} invokes). */
    record Command(Extent extent, InvocationOperator invocationOperator, List<CommandElementAst> elements,
            List<RedirectionAst> redirections) implements PipelineElementAst {
    }

    record CommandExpression(Extent extent, ExpressionAst expression, List<RedirectionAst> redirections)
            implements PipelineElementAst {
    }
}
