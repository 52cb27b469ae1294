package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Statements: assignments, flow control, loops, definitions. */
public final class StatementAsts {
    private StatementAsts() {
    }

    /** What the parser kept of a statement it could not parse. */
    @DotNetName("System.Management.Automation.Language.ErrorStatementAst")
    public static final class ErrorStatementAst extends CommandAsts.PipelineBaseAst {
        private final List<Ast> nestedAst;

        ErrorStatementAst(Object origin, Extent extent, List<Ast> nestedAst) {
            super(origin, extent);
            this.nestedAst = children(nestedAst);
        }

        public List<Ast> getNestedAst() {
            return nestedAst;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitErrorStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitErrorStatement(this);
        }
    }

    /** {@code target = value} and the compound forms. */
    @DotNetName("System.Management.Automation.Language.AssignmentStatementAst")
    public static final class AssignmentStatementAst extends CommandAsts.PipelineBaseAst {
        private final ExpressionAsts.ExpressionAst left;
        private final ScriptTokenKind operator;
        private final CommandAsts.StatementAst right;
        private final ScriptExtent errorPosition;

        AssignmentStatementAst(Object origin, Extent extent, ExpressionAsts.ExpressionAst left,
                ScriptTokenKind operator, CommandAsts.StatementAst right, ScriptExtent errorPosition) {
            super(origin, extent);
            this.left = child(left);
            this.operator = operator;
            this.right = child(right);
            this.errorPosition = errorPosition;
        }

        public ExpressionAsts.ExpressionAst getLeft() {
            return left;
        }

        public ScriptTokenKind getOperator() {
            return operator;
        }

        public CommandAsts.StatementAst getRight() {
            return right;
        }

        public ScriptExtent getErrorPosition() {
            return errorPosition;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitAssignmentStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitAssignmentStatement(this);
        }
    }

    /** {@code if}/{@code elseif}/{@code else}: its clauses (condition, body). */
    @DotNetName("System.Management.Automation.Language.IfStatementAst")
    public static final class IfStatementAst extends CommandAsts.StatementAst {
        private final List<AstPair> clauses;
        private final BlockAsts.StatementBlockAst elseClause;

        IfStatementAst(Object origin, Extent extent, List<AstPair> clauses, BlockAsts.StatementBlockAst elseClause) {
            super(origin, extent);
            this.clauses = pairs(clauses);
            this.elseClause = child(elseClause);
        }

        public List<AstPair> getClauses() {
            return clauses;
        }

        public BlockAsts.StatementBlockAst getElseClause() {
            return elseClause;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitIfStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitIfStatement(this);
        }
    }

    /** A statement that can have a label: loops and switch. */
    @DotNetName("System.Management.Automation.Language.LabeledStatementAst")
    public abstract static class LabeledStatementAst extends CommandAsts.StatementAst {
        private final String label;
        private final CommandAsts.PipelineBaseAst condition;

        LabeledStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition) {
            super(origin, extent);
            this.label = label;
            this.condition = child(condition);
        }

        public String getLabel() {
            return label;
        }

        public CommandAsts.PipelineBaseAst getCondition() {
            return condition;
        }
    }

    /** A loop. */
    @DotNetName("System.Management.Automation.Language.LoopStatementAst")
    public abstract static class LoopStatementAst extends LabeledStatementAst {
        private final BlockAsts.StatementBlockAst body;

        LoopStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                BlockAsts.StatementBlockAst body) {
            super(origin, extent, label, condition);
            this.body = child(body);
        }

        public BlockAsts.StatementBlockAst getBody() {
            return body;
        }
    }

    /** {@code while (...) { }}. */
    @DotNetName("System.Management.Automation.Language.WhileStatementAst")
    public static final class WhileStatementAst extends LoopStatementAst {
        WhileStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                BlockAsts.StatementBlockAst body) {
            super(origin, extent, label, condition, body);
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitWhileStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitWhileStatement(this);
        }
    }

    /** {@code do { } while (...)}. */
    @DotNetName("System.Management.Automation.Language.DoWhileStatementAst")
    public static final class DoWhileStatementAst extends LoopStatementAst {
        DoWhileStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                BlockAsts.StatementBlockAst body) {
            super(origin, extent, label, condition, body);
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitDoWhileStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitDoWhileStatement(this);
        }
    }

    /** {@code do { } until (...)}. */
    @DotNetName("System.Management.Automation.Language.DoUntilStatementAst")
    public static final class DoUntilStatementAst extends LoopStatementAst {
        DoUntilStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                BlockAsts.StatementBlockAst body) {
            super(origin, extent, label, condition, body);
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitDoUntilStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitDoUntilStatement(this);
        }
    }

    /** {@code for (init; condition; iterator) { }}. */
    @DotNetName("System.Management.Automation.Language.ForStatementAst")
    public static final class ForStatementAst extends LoopStatementAst {
        private final CommandAsts.PipelineBaseAst initializer;
        private final CommandAsts.PipelineBaseAst iterator;

        ForStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                BlockAsts.StatementBlockAst body, CommandAsts.PipelineBaseAst initializer,
                CommandAsts.PipelineBaseAst iterator) {
            super(origin, extent, label, condition, body);
            this.initializer = child(initializer);
            this.iterator = child(iterator);
        }

        public CommandAsts.PipelineBaseAst getInitializer() {
            return initializer;
        }

        public CommandAsts.PipelineBaseAst getIterator() {
            return iterator;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitForStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitForStatement(this);
        }
    }

    /** {@code foreach ($x in ...) { }}. */
    @DotNetName("System.Management.Automation.Language.ForEachStatementAst")
    public static final class ForEachStatementAst extends LoopStatementAst {
        private final ExpressionAsts.VariableExpressionAst variable;
        private final ExpressionAsts.ExpressionAst throttleLimit;
        private final String flags;

        ForEachStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                BlockAsts.StatementBlockAst body, ExpressionAsts.VariableExpressionAst variable,
                ExpressionAsts.ExpressionAst throttleLimit, String flags) {
            super(origin, extent, label, condition, body);
            this.variable = child(variable);
            this.throttleLimit = child(throttleLimit);
            this.flags = flags;
        }

        public ExpressionAsts.VariableExpressionAst getVariable() {
            return variable;
        }

        public ExpressionAsts.ExpressionAst getThrottleLimit() {
            return throttleLimit;
        }

        public String getFlags() {
            return flags;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitForEachStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitForEachStatement(this);
        }
    }

    /** {@code switch}: its clauses (test, body) and default. */
    @DotNetName("System.Management.Automation.Language.SwitchStatementAst")
    public static final class SwitchStatementAst extends LabeledStatementAst {
        private final String flags;
        private final List<AstPair> clauses;
        private final BlockAsts.StatementBlockAst defaultValue;

        SwitchStatementAst(Object origin, Extent extent, String label, CommandAsts.PipelineBaseAst condition,
                String flags, List<AstPair> clauses, BlockAsts.StatementBlockAst defaultValue) {
            super(origin, extent, label, condition);
            this.flags = flags;
            this.clauses = pairs(clauses);
            this.defaultValue = child(defaultValue);
        }

        public String getFlags() {
            return flags;
        }

        public List<AstPair> getClauses() {
            return clauses;
        }

        public BlockAsts.StatementBlockAst getDefault() {
            return defaultValue;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitSwitchStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitSwitchStatement(this);
        }
    }

    /** {@code try}/{@code catch}/{@code finally}. */
    @DotNetName("System.Management.Automation.Language.TryStatementAst")
    public static final class TryStatementAst extends CommandAsts.StatementAst {
        private final BlockAsts.StatementBlockAst body;
        private final List<CatchClauseAst> catchClauses;
        private final BlockAsts.StatementBlockAst finallyValue;

        TryStatementAst(Object origin, Extent extent, BlockAsts.StatementBlockAst body,
                List<CatchClauseAst> catchClauses, BlockAsts.StatementBlockAst finallyValue) {
            super(origin, extent);
            this.body = child(body);
            this.catchClauses = children(catchClauses);
            this.finallyValue = child(finallyValue);
        }

        public BlockAsts.StatementBlockAst getBody() {
            return body;
        }

        public List<CatchClauseAst> getCatchClauses() {
            return catchClauses;
        }

        public BlockAsts.StatementBlockAst getFinally() {
            return finallyValue;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitTryStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitTryStatement(this);
        }
    }

    /** {@code catch [T] { }}. */
    @DotNetName("System.Management.Automation.Language.CatchClauseAst")
    public static final class CatchClauseAst extends Ast {
        private final List<AttributeAsts.TypeConstraintAst> catchTypes;
        private final BlockAsts.StatementBlockAst body;

        CatchClauseAst(Object origin, Extent extent, List<AttributeAsts.TypeConstraintAst> catchTypes,
                BlockAsts.StatementBlockAst body) {
            super(origin, extent);
            this.catchTypes = children(catchTypes);
            this.body = child(body);
        }

        public List<AttributeAsts.TypeConstraintAst> getCatchTypes() {
            return catchTypes;
        }

        public BlockAsts.StatementBlockAst getBody() {
            return body;
        }

        public boolean getIsCatchAll() {
            return catchTypes.isEmpty();
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitCatchClause(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitCatchClause(this);
        }
    }

    /** {@code trap [T] { }}. */
    @DotNetName("System.Management.Automation.Language.TrapStatementAst")
    public static final class TrapStatementAst extends CommandAsts.StatementAst {
        private final AttributeAsts.TypeConstraintAst trapType;
        private final BlockAsts.StatementBlockAst body;

        TrapStatementAst(Object origin, Extent extent, AttributeAsts.TypeConstraintAst trapType,
                BlockAsts.StatementBlockAst body) {
            super(origin, extent);
            this.trapType = child(trapType);
            this.body = child(body);
        }

        public AttributeAsts.TypeConstraintAst getTrapType() {
            return trapType;
        }

        public BlockAsts.StatementBlockAst getBody() {
            return body;
        }

        @Override
        boolean opensScriptBlock() {
            return true;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitTrap(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitTrap(this);
        }
    }

    /** {@code break [label]}. */
    @DotNetName("System.Management.Automation.Language.BreakStatementAst")
    public static final class BreakStatementAst extends CommandAsts.StatementAst {
        private final ExpressionAsts.ExpressionAst label;

        BreakStatementAst(Object origin, Extent extent, ExpressionAsts.ExpressionAst label) {
            super(origin, extent);
            this.label = child(label);
        }

        public ExpressionAsts.ExpressionAst getLabel() {
            return label;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitBreakStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitBreakStatement(this);
        }
    }

    /** {@code continue [label]}. */
    @DotNetName("System.Management.Automation.Language.ContinueStatementAst")
    public static final class ContinueStatementAst extends CommandAsts.StatementAst {
        private final ExpressionAsts.ExpressionAst label;

        ContinueStatementAst(Object origin, Extent extent, ExpressionAsts.ExpressionAst label) {
            super(origin, extent);
            this.label = child(label);
        }

        public ExpressionAsts.ExpressionAst getLabel() {
            return label;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitContinueStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitContinueStatement(this);
        }
    }

    /** {@code return [pipeline]}. */
    @DotNetName("System.Management.Automation.Language.ReturnStatementAst")
    public static final class ReturnStatementAst extends CommandAsts.StatementAst {
        private final CommandAsts.PipelineBaseAst pipeline;

        ReturnStatementAst(Object origin, Extent extent, CommandAsts.PipelineBaseAst pipeline) {
            super(origin, extent);
            this.pipeline = child(pipeline);
        }

        public CommandAsts.PipelineBaseAst getPipeline() {
            return pipeline;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitReturnStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitReturnStatement(this);
        }
    }

    /** {@code exit [pipeline]}. */
    @DotNetName("System.Management.Automation.Language.ExitStatementAst")
    public static final class ExitStatementAst extends CommandAsts.StatementAst {
        private final CommandAsts.PipelineBaseAst pipeline;

        ExitStatementAst(Object origin, Extent extent, CommandAsts.PipelineBaseAst pipeline) {
            super(origin, extent);
            this.pipeline = child(pipeline);
        }

        public CommandAsts.PipelineBaseAst getPipeline() {
            return pipeline;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitExitStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitExitStatement(this);
        }
    }

    /** {@code throw [pipeline]}. */
    @DotNetName("System.Management.Automation.Language.ThrowStatementAst")
    public static final class ThrowStatementAst extends CommandAsts.StatementAst {
        private final CommandAsts.PipelineBaseAst pipeline;

        ThrowStatementAst(Object origin, Extent extent, CommandAsts.PipelineBaseAst pipeline) {
            super(origin, extent);
            this.pipeline = child(pipeline);
        }

        public CommandAsts.PipelineBaseAst getPipeline() {
            return pipeline;
        }

        /** {@code throw} alone, which rethrows in a catch block. */
        public boolean getIsRethrow() {
            return pipeline == null;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitThrowStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitThrowStatement(this);
        }
    }

    /** {@code function}, {@code filter} or {@code workflow}. */
    @DotNetName("System.Management.Automation.Language.FunctionDefinitionAst")
    public static final class FunctionDefinitionAst extends CommandAsts.StatementAst {
        private final boolean isFilter;
        private final boolean isWorkflow;
        private final String name;
        private final List<BlockAsts.ParameterAst> parameters;
        private final BlockAsts.ScriptBlockAst body;

        FunctionDefinitionAst(Object origin, Extent extent, boolean isFilter, boolean isWorkflow, String name,
                List<BlockAsts.ParameterAst> parameters, BlockAsts.ScriptBlockAst body) {
            super(origin, extent);
            this.isFilter = isFilter;
            this.isWorkflow = isWorkflow;
            this.name = name;
            this.parameters = children(parameters);
            this.body = child(body);
        }

        public boolean getIsFilter() {
            return isFilter;
        }

        public boolean getIsWorkflow() {
            return isWorkflow;
        }

        public String getName() {
            return name;
        }

        public List<BlockAsts.ParameterAst> getParameters() {
            return parameters;
        }

        public BlockAsts.ScriptBlockAst getBody() {
            return body;
        }

        @Override
        boolean opensScriptBlock() {
            return true;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitFunctionDefinition(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitFunctionDefinition(this);
        }
    }

    /** {@code data [-SupportedCommand ...] { }}. */
    @DotNetName("System.Management.Automation.Language.DataStatementAst")
    public static final class DataStatementAst extends CommandAsts.StatementAst {
        private final String variable;
        private final List<ExpressionAsts.ExpressionAst> commandsAllowed;
        private final BlockAsts.StatementBlockAst body;

        DataStatementAst(Object origin, Extent extent, String variable,
                List<ExpressionAsts.ExpressionAst> commandsAllowed, BlockAsts.StatementBlockAst body) {
            super(origin, extent);
            this.variable = variable;
            this.commandsAllowed = children(commandsAllowed);
            this.body = child(body);
        }

        public String getVariable() {
            return variable;
        }

        public List<ExpressionAsts.ExpressionAst> getCommandsAllowed() {
            return commandsAllowed;
        }

        public BlockAsts.StatementBlockAst getBody() {
            return body;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitDataStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitDataStatement(this);
        }
    }

    /** {@code using namespace|module|assembly ...}. */
    @DotNetName("System.Management.Automation.Language.UsingStatementAst")
    public static final class UsingStatementAst extends CommandAsts.StatementAst {
        private final String usingStatementKind;
        private final ExpressionAsts.StringConstantExpressionAst name;
        private final ExpressionAsts.StringConstantExpressionAst alias;

        UsingStatementAst(Object origin, Extent extent, String usingStatementKind,
                ExpressionAsts.StringConstantExpressionAst name, ExpressionAsts.StringConstantExpressionAst alias) {
            super(origin, extent);
            this.usingStatementKind = usingStatementKind;
            this.name = child(name);
            this.alias = child(alias);
        }

        public String getUsingStatementKind() {
            return usingStatementKind;
        }

        public ExpressionAsts.StringConstantExpressionAst getName() {
            return name;
        }

        public ExpressionAsts.StringConstantExpressionAst getAlias() {
            return alias;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitUsingStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitUsingStatement(this);
        }
    }

    /** A workflow {@code parallel { }} or {@code sequence { }} block. */
    @DotNetName("System.Management.Automation.Language.BlockStatementAst")
    public static final class BlockStatementAst extends CommandAsts.StatementAst {
        private final ScriptTokenKind kind;
        private final BlockAsts.StatementBlockAst body;

        BlockStatementAst(Object origin, Extent extent, ScriptTokenKind kind, BlockAsts.StatementBlockAst body) {
            super(origin, extent);
            this.kind = kind;
            this.body = child(body);
        }

        public ScriptTokenKind getKind() {
            return kind;
        }

        public BlockAsts.StatementBlockAst getBody() {
            return body;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitBlockStatement(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitBlockStatement(this);
        }
    }
}
