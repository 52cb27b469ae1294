package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * ICustomAstVisitor (and ICustomAstVisitor2): one {@code VisitXxx} method per node class returning what the visitor
 * makes of the node; {@code node.Visit(visitor)} calls the node's own method only, the visitor walks the children
 * itself. Every method answers null unless the implementing class defines it.
 */
@DotNetName("System.Management.Automation.Language.ICustomAstVisitor")
public interface ICustomAstVisitor {
    default Object VisitErrorStatement(StatementAsts.ErrorStatementAst ast) {
        return null;
    }

    default Object VisitErrorExpression(ExpressionAsts.ErrorExpressionAst ast) {
        return null;
    }

    default Object VisitScriptBlock(BlockAsts.ScriptBlockAst ast) {
        return null;
    }

    default Object VisitParamBlock(BlockAsts.ParamBlockAst ast) {
        return null;
    }

    default Object VisitNamedBlock(BlockAsts.NamedBlockAst ast) {
        return null;
    }

    default Object VisitTypeConstraint(AttributeAsts.TypeConstraintAst ast) {
        return null;
    }

    default Object VisitAttribute(AttributeAsts.AttributeAst ast) {
        return null;
    }

    default Object VisitNamedAttributeArgument(AttributeAsts.NamedAttributeArgumentAst ast) {
        return null;
    }

    default Object VisitParameter(BlockAsts.ParameterAst ast) {
        return null;
    }

    default Object VisitFunctionDefinition(StatementAsts.FunctionDefinitionAst ast) {
        return null;
    }

    default Object VisitStatementBlock(BlockAsts.StatementBlockAst ast) {
        return null;
    }

    default Object VisitIfStatement(StatementAsts.IfStatementAst ast) {
        return null;
    }

    default Object VisitTrap(StatementAsts.TrapStatementAst ast) {
        return null;
    }

    default Object VisitSwitchStatement(StatementAsts.SwitchStatementAst ast) {
        return null;
    }

    default Object VisitDataStatement(StatementAsts.DataStatementAst ast) {
        return null;
    }

    default Object VisitForEachStatement(StatementAsts.ForEachStatementAst ast) {
        return null;
    }

    default Object VisitDoWhileStatement(StatementAsts.DoWhileStatementAst ast) {
        return null;
    }

    default Object VisitForStatement(StatementAsts.ForStatementAst ast) {
        return null;
    }

    default Object VisitWhileStatement(StatementAsts.WhileStatementAst ast) {
        return null;
    }

    default Object VisitCatchClause(StatementAsts.CatchClauseAst ast) {
        return null;
    }

    default Object VisitTryStatement(StatementAsts.TryStatementAst ast) {
        return null;
    }

    default Object VisitBreakStatement(StatementAsts.BreakStatementAst ast) {
        return null;
    }

    default Object VisitContinueStatement(StatementAsts.ContinueStatementAst ast) {
        return null;
    }

    default Object VisitReturnStatement(StatementAsts.ReturnStatementAst ast) {
        return null;
    }

    default Object VisitExitStatement(StatementAsts.ExitStatementAst ast) {
        return null;
    }

    default Object VisitThrowStatement(StatementAsts.ThrowStatementAst ast) {
        return null;
    }

    default Object VisitDoUntilStatement(StatementAsts.DoUntilStatementAst ast) {
        return null;
    }

    default Object VisitAssignmentStatement(StatementAsts.AssignmentStatementAst ast) {
        return null;
    }

    default Object VisitPipeline(CommandAsts.PipelineAst ast) {
        return null;
    }

    default Object VisitCommand(CommandAsts.CommandAst ast) {
        return null;
    }

    default Object VisitCommandExpression(CommandAsts.CommandExpressionAst ast) {
        return null;
    }

    default Object VisitCommandParameter(CommandAsts.CommandParameterAst ast) {
        return null;
    }

    default Object VisitMergingRedirection(CommandAsts.MergingRedirectionAst ast) {
        return null;
    }

    default Object VisitFileRedirection(CommandAsts.FileRedirectionAst ast) {
        return null;
    }

    default Object VisitBinaryExpression(ExpressionAsts.BinaryExpressionAst ast) {
        return null;
    }

    default Object VisitUnaryExpression(ExpressionAsts.UnaryExpressionAst ast) {
        return null;
    }

    default Object VisitConvertExpression(ExpressionAsts.ConvertExpressionAst ast) {
        return null;
    }

    default Object VisitConstantExpression(ExpressionAsts.ConstantExpressionAst ast) {
        return null;
    }

    default Object VisitStringConstantExpression(ExpressionAsts.StringConstantExpressionAst ast) {
        return null;
    }

    default Object VisitSubExpression(ExpressionAsts.SubExpressionAst ast) {
        return null;
    }

    default Object VisitUsingExpression(ExpressionAsts.UsingExpressionAst ast) {
        return null;
    }

    default Object VisitVariableExpression(ExpressionAsts.VariableExpressionAst ast) {
        return null;
    }

    default Object VisitTypeExpression(ExpressionAsts.TypeExpressionAst ast) {
        return null;
    }

    default Object VisitMemberExpression(ExpressionAsts.MemberExpressionAst ast) {
        return null;
    }

    default Object VisitInvokeMemberExpression(ExpressionAsts.InvokeMemberExpressionAst ast) {
        return null;
    }

    default Object VisitArrayExpression(ExpressionAsts.ArrayExpressionAst ast) {
        return null;
    }

    default Object VisitArrayLiteral(ExpressionAsts.ArrayLiteralAst ast) {
        return null;
    }

    default Object VisitHashtable(ExpressionAsts.HashtableAst ast) {
        return null;
    }

    default Object VisitScriptBlockExpression(ExpressionAsts.ScriptBlockExpressionAst ast) {
        return null;
    }

    default Object VisitParenExpression(ExpressionAsts.ParenExpressionAst ast) {
        return null;
    }

    default Object VisitExpandableStringExpression(ExpressionAsts.ExpandableStringExpressionAst ast) {
        return null;
    }

    default Object VisitIndexExpression(ExpressionAsts.IndexExpressionAst ast) {
        return null;
    }

    default Object VisitAttributedExpression(ExpressionAsts.AttributedExpressionAst ast) {
        return null;
    }

    default Object VisitBlockStatement(StatementAsts.BlockStatementAst ast) {
        return null;
    }

    default Object VisitTypeDefinition(ClassAsts.TypeDefinitionAst ast) {
        return null;
    }

    default Object VisitPropertyMember(ClassAsts.PropertyMemberAst ast) {
        return null;
    }

    default Object VisitFunctionMember(ClassAsts.FunctionMemberAst ast) {
        return null;
    }

    default Object VisitUsingStatement(StatementAsts.UsingStatementAst ast) {
        return null;
    }

    default Object VisitTernaryExpression(ExpressionAsts.TernaryExpressionAst ast) {
        return null;
    }

    default Object VisitPipelineChain(CommandAsts.PipelineChainAst ast) {
        return null;
    }
}
