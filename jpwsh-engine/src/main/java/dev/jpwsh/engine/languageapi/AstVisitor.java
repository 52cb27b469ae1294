package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * AstVisitor (and AstVisitor2, whose extra methods are here too): one {@code VisitXxx} method per node class, each
 * answering {@link AstVisitAction#Continue} unless a subclass overrides it. Script classes derive from it:
 * {@code class V : System.Management.Automation.Language.AstVisitor { [AstVisitAction] VisitCommand(...) {...} }}.
 */
@DotNetName("System.Management.Automation.Language.AstVisitor")
public abstract class AstVisitor {
    public AstVisitAction VisitErrorStatement(StatementAsts.ErrorStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitErrorExpression(ExpressionAsts.ErrorExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitScriptBlock(BlockAsts.ScriptBlockAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitParamBlock(BlockAsts.ParamBlockAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitNamedBlock(BlockAsts.NamedBlockAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitTypeConstraint(AttributeAsts.TypeConstraintAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitAttribute(AttributeAsts.AttributeAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitNamedAttributeArgument(AttributeAsts.NamedAttributeArgumentAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitParameter(BlockAsts.ParameterAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitFunctionDefinition(StatementAsts.FunctionDefinitionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitStatementBlock(BlockAsts.StatementBlockAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitIfStatement(StatementAsts.IfStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitTrap(StatementAsts.TrapStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitSwitchStatement(StatementAsts.SwitchStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitDataStatement(StatementAsts.DataStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitForEachStatement(StatementAsts.ForEachStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitDoWhileStatement(StatementAsts.DoWhileStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitForStatement(StatementAsts.ForStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitWhileStatement(StatementAsts.WhileStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitCatchClause(StatementAsts.CatchClauseAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitTryStatement(StatementAsts.TryStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitBreakStatement(StatementAsts.BreakStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitContinueStatement(StatementAsts.ContinueStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitReturnStatement(StatementAsts.ReturnStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitExitStatement(StatementAsts.ExitStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitThrowStatement(StatementAsts.ThrowStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitDoUntilStatement(StatementAsts.DoUntilStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitAssignmentStatement(StatementAsts.AssignmentStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitPipeline(CommandAsts.PipelineAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitCommand(CommandAsts.CommandAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitCommandExpression(CommandAsts.CommandExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitCommandParameter(CommandAsts.CommandParameterAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitMergingRedirection(CommandAsts.MergingRedirectionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitFileRedirection(CommandAsts.FileRedirectionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitBinaryExpression(ExpressionAsts.BinaryExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitUnaryExpression(ExpressionAsts.UnaryExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitConvertExpression(ExpressionAsts.ConvertExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitConstantExpression(ExpressionAsts.ConstantExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitStringConstantExpression(ExpressionAsts.StringConstantExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitSubExpression(ExpressionAsts.SubExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitUsingExpression(ExpressionAsts.UsingExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitVariableExpression(ExpressionAsts.VariableExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitTypeExpression(ExpressionAsts.TypeExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitMemberExpression(ExpressionAsts.MemberExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitInvokeMemberExpression(ExpressionAsts.InvokeMemberExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitArrayExpression(ExpressionAsts.ArrayExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitArrayLiteral(ExpressionAsts.ArrayLiteralAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitHashtable(ExpressionAsts.HashtableAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitScriptBlockExpression(ExpressionAsts.ScriptBlockExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitParenExpression(ExpressionAsts.ParenExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitExpandableStringExpression(ExpressionAsts.ExpandableStringExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitIndexExpression(ExpressionAsts.IndexExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitAttributedExpression(ExpressionAsts.AttributedExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitBlockStatement(StatementAsts.BlockStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitTypeDefinition(ClassAsts.TypeDefinitionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitPropertyMember(ClassAsts.PropertyMemberAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitFunctionMember(ClassAsts.FunctionMemberAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitUsingStatement(StatementAsts.UsingStatementAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitTernaryExpression(ExpressionAsts.TernaryExpressionAst ast) {
        return AstVisitAction.Continue;
    }

    public AstVisitAction VisitPipelineChain(CommandAsts.PipelineChainAst ast) {
        return AstVisitAction.Continue;
    }
}
