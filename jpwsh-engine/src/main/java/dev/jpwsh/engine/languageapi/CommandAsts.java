package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Pipelines and commands, their elements and redirections; the bases of statements and command elements. */
public final class CommandAsts {
    private CommandAsts() {
    }

    /** What a command line is made of; every expression is one. */
    @DotNetName("System.Management.Automation.Language.CommandElementAst")
    public abstract static class CommandElementAst extends Ast {
        CommandElementAst(Object origin, Extent extent) {
            super(origin, extent);
        }
    }

    /** A statement. */
    @DotNetName("System.Management.Automation.Language.StatementAst")
    public abstract static class StatementAst extends Ast {
        StatementAst(Object origin, Extent extent) {
            super(origin, extent);
        }
    }

    /** What may stand where PowerShell wants a pipeline. */
    @DotNetName("System.Management.Automation.Language.PipelineBaseAst")
    public abstract static class PipelineBaseAst extends StatementAst {
        PipelineBaseAst(Object origin, Extent extent) {
            super(origin, extent);
        }
    }

    /** A pipeline or a chain of pipelines. */
    @DotNetName("System.Management.Automation.Language.ChainableAst")
    public abstract static class ChainableAst extends PipelineBaseAst {
        ChainableAst(Object origin, Extent extent) {
            super(origin, extent);
        }
    }

    /** {@code a | b | c}. */
    @DotNetName("System.Management.Automation.Language.PipelineAst")
    public static final class PipelineAst extends ChainableAst {
        private final List<CommandBaseAst> pipelineElements;
        private final boolean background;

        PipelineAst(Object origin, Extent extent, List<CommandBaseAst> pipelineElements, boolean background) {
            super(origin, extent);
            this.pipelineElements = children(pipelineElements);
            this.background = background;
        }

        public List<CommandBaseAst> getPipelineElements() {
            return pipelineElements;
        }

        public boolean getBackground() {
            return background;
        }

        /** The pipeline's only element's expression when it is one expression, else null. */
        public ExpressionAsts.ExpressionAst GetPureExpression() {
            return pipelineElements.size() == 1 && pipelineElements.getFirst() instanceof CommandExpressionAst e
                    && e.getRedirections().isEmpty() ? e.getExpression() : null;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitPipeline(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitPipeline(this);
        }
    }

    /** {@code left && right}, {@code left || right}. */
    @DotNetName("System.Management.Automation.Language.PipelineChainAst")
    public static final class PipelineChainAst extends ChainableAst {
        private final ChainableAst lhsPipelineChain;
        private final PipelineAst rhsPipeline;
        private final ScriptTokenKind operator;
        private final boolean background;

        PipelineChainAst(Object origin, Extent extent, ChainableAst lhsPipelineChain, PipelineAst rhsPipeline,
                ScriptTokenKind operator, boolean background) {
            super(origin, extent);
            this.lhsPipelineChain = child(lhsPipelineChain);
            this.rhsPipeline = child(rhsPipeline);
            this.operator = operator;
            this.background = background;
        }

        public ChainableAst getLhsPipelineChain() {
            return lhsPipelineChain;
        }

        public PipelineAst getRhsPipeline() {
            return rhsPipeline;
        }

        public ScriptTokenKind getOperator() {
            return operator;
        }

        public boolean getBackground() {
            return background;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitPipelineChain(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitPipelineChain(this);
        }
    }

    /** A command or an expression in a pipeline. */
    @DotNetName("System.Management.Automation.Language.CommandBaseAst")
    public abstract static class CommandBaseAst extends StatementAst {
        private final List<RedirectionAst> redirections;

        CommandBaseAst(Object origin, Extent extent, List<RedirectionAst> redirections) {
            super(origin, extent);
            this.redirections = children(redirections);
        }

        public List<RedirectionAst> getRedirections() {
            return redirections;
        }
    }

    /** {@code name args...}, {@code & x}, {@code . x}. */
    @DotNetName("System.Management.Automation.Language.CommandAst")
    public static final class CommandAst extends CommandBaseAst {
        private final List<CommandElementAst> commandElements;
        private final ScriptTokenKind invocationOperator;

        CommandAst(Object origin, Extent extent, List<RedirectionAst> redirections,
                List<CommandElementAst> commandElements, ScriptTokenKind invocationOperator) {
            super(origin, extent, redirections);
            this.commandElements = children(commandElements);
            this.invocationOperator = invocationOperator;
        }

        public List<CommandElementAst> getCommandElements() {
            return commandElements;
        }

        public ScriptTokenKind getInvocationOperator() {
            return invocationOperator;
        }

        /** The command's name when it is written as a constant, else null. */
        public String GetCommandName() {
            return commandElements.getFirst() instanceof ExpressionAsts.StringConstantExpressionAst name
                    ? name.getValue() : null;
        }

        public Object getDefiningKeyword() {
            return null;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitCommand(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitCommand(this);
        }
    }

    /** An expression standing as a pipeline element. */
    @DotNetName("System.Management.Automation.Language.CommandExpressionAst")
    public static final class CommandExpressionAst extends CommandBaseAst {
        private final ExpressionAsts.ExpressionAst expression;

        CommandExpressionAst(Object origin, Extent extent, List<RedirectionAst> redirections,
                ExpressionAsts.ExpressionAst expression) {
            super(origin, extent, redirections);
            this.expression = child(expression);
        }

        public ExpressionAsts.ExpressionAst getExpression() {
            return expression;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitCommandExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitCommandExpression(this);
        }
    }

    /** {@code -Name} or {@code -Name:value}. */
    @DotNetName("System.Management.Automation.Language.CommandParameterAst")
    public static final class CommandParameterAst extends CommandElementAst {
        private final String parameterName;
        private final ExpressionAsts.ExpressionAst argument;

        CommandParameterAst(Object origin, Extent extent, String parameterName, ExpressionAsts.ExpressionAst argument) {
            super(origin, extent);
            this.parameterName = parameterName;
            this.argument = child(argument);
        }

        public String getParameterName() {
            return parameterName;
        }

        public ExpressionAsts.ExpressionAst getArgument() {
            return argument;
        }

        public ScriptExtent getErrorPosition() {
            return getExtent();
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitCommandParameter(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitCommandParameter(this);
        }
    }

    /** A redirection of a stream. */
    @DotNetName("System.Management.Automation.Language.RedirectionAst")
    public abstract static class RedirectionAst extends Ast {
        private final RedirectionStream fromStream;

        RedirectionAst(Object origin, Extent extent, RedirectionStream fromStream) {
            super(origin, extent);
            this.fromStream = fromStream;
        }

        public RedirectionStream getFromStream() {
            return fromStream;
        }
    }

    /** {@code 2> file}, {@code >> file}. */
    @DotNetName("System.Management.Automation.Language.FileRedirectionAst")
    public static final class FileRedirectionAst extends RedirectionAst {
        private final ExpressionAsts.ExpressionAst location;
        private final boolean append;

        FileRedirectionAst(Object origin, Extent extent, RedirectionStream fromStream,
                ExpressionAsts.ExpressionAst location, boolean append) {
            super(origin, extent, fromStream);
            this.location = child(location);
            this.append = append;
        }

        public ExpressionAsts.ExpressionAst getLocation() {
            return location;
        }

        public boolean getAppend() {
            return append;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitFileRedirection(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitFileRedirection(this);
        }
    }

    /** {@code 2>&1}. */
    @DotNetName("System.Management.Automation.Language.MergingRedirectionAst")
    public static final class MergingRedirectionAst extends RedirectionAst {
        private final RedirectionStream toStream;

        MergingRedirectionAst(Object origin, Extent extent, RedirectionStream fromStream, RedirectionStream toStream) {
            super(origin, extent, fromStream);
            this.toStream = toStream;
        }

        public RedirectionStream getToStream() {
            return toStream;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitMergingRedirection(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitMergingRedirection(this);
        }
    }
}
