package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;

/**
 * A node of the immutable syntax tree. Nodes are records grouped by family, one file per family:
 * {@link ScriptBlockAst} and its blocks, {@link StatementAst}, {@link PipelineElementAst} (commands and
 * redirections), {@link ExpressionAst}, {@link AttributeAst} and {@link TypeNameAst}, {@link TypeMemberAst}.
 * Records compare by value, so tables keyed by nodes must be {@code IdentityHashMap}s.
 */
public sealed interface Ast permits ScriptBlockAst, NamedBlockAst, ParamBlockAst, ParameterAst, StatementBlockAst,
        StatementAst, PipelineElementAst, CommandElementAst, RedirectionAst, AttributeBaseAst,
        NamedAttributeArgumentAst, TypeMemberAst, CatchClauseAst {
    Extent extent();
}
