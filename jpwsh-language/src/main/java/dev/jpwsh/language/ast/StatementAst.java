package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.TokenKind;
import java.util.List;

/** Statements. Loop labels are null when absent; so are optional parts (else, finally, default, ...). */
public sealed interface StatementAst extends Ast {

    /** What may stand where PowerShell wants a pipeline: conditions, assignment right-hand sides, return values. */
    sealed interface PipelineBase extends StatementAst permits Pipeline, PipelineChain, Assignment, Error {
    }

    /** {@code a | b | c}, optionally run in the background ({@code &} at the end). */
    record Pipeline(Extent extent, List<PipelineElementAst> elements, boolean background) implements PipelineBase {
    }

    /** {@code left && right} or {@code left || right}; chains nest to the left. */
    record PipelineChain(Extent extent, PipelineBase left, TokenKind operator, Pipeline right, boolean background)
            implements PipelineBase {
    }

    /** {@code target = value}, and the compound forms ({@code +=}, {@code ??=}, ...). */
    record Assignment(Extent extent, ExpressionAst target, TokenKind operator, StatementAst value)
            implements PipelineBase {
    }

    /** What the parser kept of a statement it could not parse. */
    record Error(Extent extent, List<Ast> nested) implements PipelineBase {
    }

    record If(Extent extent, List<IfClause> clauses, StatementBlockAst elseBody) implements StatementAst {
    }

    record IfClause(PipelineBase condition, StatementBlockAst body) {
    }

    record While(Extent extent, String label, PipelineBase condition, StatementBlockAst body) implements StatementAst {
    }

    /** {@code do { } while (...)} or, when {@code until}, {@code do { } until (...)}. */
    record DoLoop(Extent extent, String label, StatementBlockAst body, PipelineBase condition, boolean until)
            implements StatementAst {
    }

    record For(Extent extent, String label, PipelineBase initializer, PipelineBase condition, PipelineBase iterator,
            StatementBlockAst body) implements StatementAst {
    }

    /** {@code foreach ($x in ...) { }}; {@code parallel} and {@code throttleLimit} come from workflow syntax. */
    record ForEach(Extent extent, String label, boolean parallel, ExpressionAst throttleLimit,
            ExpressionAst.Variable variable, PipelineBase collection, StatementBlockAst body) implements StatementAst {
    }

    record Switch(Extent extent, String label, List<String> flags, PipelineBase condition, List<SwitchClause> clauses,
            StatementBlockAst defaultBody) implements StatementAst {
    }

    record SwitchClause(ExpressionAst test, StatementBlockAst body) {
    }

    record Try(Extent extent, StatementBlockAst body, List<CatchClauseAst> catches, StatementBlockAst finallyBody)
            implements StatementAst {
    }

    /** {@code trap [T] { }}; a null type traps everything. */
    record Trap(Extent extent, AttributeBaseAst.TypeConstraint trapType, StatementBlockAst body)
            implements StatementAst {
    }

    record Break(Extent extent, ExpressionAst label) implements StatementAst {
    }

    record Continue(Extent extent, ExpressionAst label) implements StatementAst {
    }

    record Return(Extent extent, PipelineBase pipeline) implements StatementAst {
    }

    record Exit(Extent extent, PipelineBase pipeline) implements StatementAst {
    }

    record Throw(Extent extent, PipelineBase pipeline) implements StatementAst {
    }

    /** {@code function}, {@code filter} or {@code workflow} definitions; {@code parameters} from {@code f($a)}. */
    record FunctionDefinition(Extent extent, String kind, String name, List<ParameterAst> parameters,
            ScriptBlockAst body) implements StatementAst {
    }

    /** {@code data [-SupportedCommand a, b] { }}, optionally assigned to {@code variable}. */
    record Data(Extent extent, String variable, List<ExpressionAst> supportedCommands, StatementBlockAst body)
            implements StatementAst {
    }

    /** {@code using namespace X}, {@code using module X}, {@code using assembly X}, {@code using type A = B}. */
    record Using(Extent extent, String kind, ExpressionAst name, ExpressionAst alias) implements StatementAst {
    }

    /** {@code class}, {@code enum} or {@code interface}: members, base types (or an enum's underlying type). */
    record TypeDefinition(Extent extent, String kind, String name, List<AttributeAst> attributes,
            List<AttributeBaseAst.TypeConstraint> baseTypes, List<TypeMemberAst> members) implements StatementAst {
    }

    /** A workflow {@code parallel { }} or {@code sequence { }} block (parsed, not run). */
    record Block(Extent extent, String kind, StatementBlockAst body) implements StatementAst {
    }
}
