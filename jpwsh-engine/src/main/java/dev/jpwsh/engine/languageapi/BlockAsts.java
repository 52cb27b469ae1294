package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Script blocks and what they are made of: param blocks, parameters, named blocks and statement blocks. */
public final class BlockAsts {
    private BlockAsts() {
    }

    /** A script, a {@code { }} block or a function's body. */
    @DotNetName("System.Management.Automation.Language.ScriptBlockAst")
    public static final class ScriptBlockAst extends Ast {
        private final List<StatementAsts.UsingStatementAst> usings;
        private final ParamBlockAst paramBlock;
        private final NamedBlockAst dynamicParamBlock;
        private final NamedBlockAst beginBlock;
        private final NamedBlockAst processBlock;
        private final NamedBlockAst endBlock;
        private final NamedBlockAst cleanBlock;
        private final List<String> requires;

        ScriptBlockAst(Object origin, Extent extent, List<StatementAsts.UsingStatementAst> usings,
                ParamBlockAst paramBlock, List<NamedBlockAst> blocks, List<String> requires) {
            super(origin, extent);
            this.usings = children(usings);
            this.paramBlock = child(paramBlock);
            this.dynamicParamBlock = child(blocks.get(0));
            this.beginBlock = child(blocks.get(1));
            this.processBlock = child(blocks.get(2));
            this.endBlock = child(blocks.get(3));
            this.cleanBlock = child(blocks.get(4));
            this.requires = requires;
        }

        public List<AttributeAsts.AttributeAst> getAttributes() {
            return List.of();
        }

        public List<StatementAsts.UsingStatementAst> getUsingStatements() {
            return usings;
        }

        public ParamBlockAst getParamBlock() {
            return paramBlock;
        }

        public NamedBlockAst getDynamicParamBlock() {
            return dynamicParamBlock;
        }

        public NamedBlockAst getBeginBlock() {
            return beginBlock;
        }

        public NamedBlockAst getProcessBlock() {
            return processBlock;
        }

        public NamedBlockAst getEndBlock() {
            return endBlock;
        }

        public NamedBlockAst getCleanBlock() {
            return cleanBlock;
        }

        /**
         * pwsh's non-public method that Invoke-Command and runspace tools (PoshRSJob, Invoke-Parallel) reach by
         * reflection: the code to run remotely, its {@code $using:} variables renamed ({@link InvokeCommandText}).
         */
        @dev.jpwsh.runtime.object.NonPublic
        public String GetWithInputHandlingForInvokeCommandImpl(Object usingVariables) {
            return InvokeCommandText.of(this, usingVariables);
        }

        /** A script block of this node's code ({@code { }} literals without their braces); a parse error throws. */
        public dev.jpwsh.engine.exec.ScriptBlock GetScriptBlock() {
            String text = getExtent().getText();
            boolean braced = getParent() != null && text.startsWith("{") && text.endsWith("}");
            return dev.jpwsh.engine.exec.ScriptBlock.Create(braced ? text.substring(1, text.length() - 1) : text);
        }

        /** The {@code #requires} lines, or null when there are none. */
        public List<String> getScriptRequirements() {
            return requires.isEmpty() ? null : requires;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitScriptBlock(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitScriptBlock(this);
        }
    }

    /** {@code [CmdletBinding()] param(...)}. */
    @DotNetName("System.Management.Automation.Language.ParamBlockAst")
    public static final class ParamBlockAst extends Ast {
        private final List<AttributeAsts.AttributeAst> attributes;
        private final List<ParameterAst> parameters;

        ParamBlockAst(Object origin, Extent extent, List<AttributeAsts.AttributeAst> attributes,
                List<ParameterAst> parameters) {
            super(origin, extent);
            this.attributes = children(attributes);
            this.parameters = children(parameters);
        }

        public List<AttributeAsts.AttributeAst> getAttributes() {
            return attributes;
        }

        public List<ParameterAst> getParameters() {
            return parameters;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitParamBlock(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitParamBlock(this);
        }
    }

    /** One parameter: attributes and type constraints, the variable, the default value. */
    @DotNetName("System.Management.Automation.Language.ParameterAst")
    public static final class ParameterAst extends Ast {
        private final List<AttributeAsts.AttributeBaseAst> attributes;
        private final ExpressionAsts.VariableExpressionAst name;
        private final ExpressionAsts.ExpressionAst defaultValue;

        ParameterAst(Object origin, Extent extent, List<AttributeAsts.AttributeBaseAst> attributes,
                ExpressionAsts.VariableExpressionAst name, ExpressionAsts.ExpressionAst defaultValue) {
            super(origin, extent);
            this.attributes = children(attributes);
            this.name = child(name);
            this.defaultValue = child(defaultValue);
        }

        public List<AttributeAsts.AttributeBaseAst> getAttributes() {
            return attributes;
        }

        public ExpressionAsts.VariableExpressionAst getName() {
            return name;
        }

        public ExpressionAsts.ExpressionAst getDefaultValue() {
            return defaultValue;
        }

        /** The parameter's type: its last type constraint's, else {@code [object]}. */
        public Object getStaticType() {
            for (AttributeAsts.AttributeBaseAst attribute : attributes.reversed()) {
                if (attribute instanceof AttributeAsts.TypeConstraintAst constraint) {
                    return constraint.getTypeName().GetReflectionType();
                }
            }
            return Object.class;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitParameter(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitParameter(this);
        }
    }

    /** A {@code begin}, {@code process}, {@code end}, {@code clean} or {@code dynamicparam} block. */
    @DotNetName("System.Management.Automation.Language.NamedBlockAst")
    public static final class NamedBlockAst extends Ast {
        private final ScriptTokenKind blockKind;
        private final boolean unnamed;
        private final List<CommandAsts.StatementAst> statements;
        private final List<StatementAsts.TrapStatementAst> traps;

        NamedBlockAst(Object origin, Extent extent, ScriptTokenKind blockKind, boolean unnamed,
                List<CommandAsts.StatementAst> statements, List<StatementAsts.TrapStatementAst> traps) {
            super(origin, extent);
            this.blockKind = blockKind;
            this.unnamed = unnamed;
            this.statements = children(statements);
            this.traps = children(traps);
        }

        public ScriptTokenKind getBlockKind() {
            return blockKind;
        }

        public boolean getUnnamed() {
            return unnamed;
        }

        public List<CommandAsts.StatementAst> getStatements() {
            return statements;
        }

        /** The block's traps, or null when it has none. */
        public List<StatementAsts.TrapStatementAst> getTraps() {
            return traps.isEmpty() ? null : traps;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitNamedBlock(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitNamedBlock(this);
        }
    }

    /** The statements between the braces of a statement. */
    @DotNetName("System.Management.Automation.Language.StatementBlockAst")
    public static final class StatementBlockAst extends Ast {
        private final List<CommandAsts.StatementAst> statements;
        private final List<StatementAsts.TrapStatementAst> traps;

        StatementBlockAst(Object origin, Extent extent, List<CommandAsts.StatementAst> statements,
                List<StatementAsts.TrapStatementAst> traps) {
            super(origin, extent);
            this.statements = children(statements);
            this.traps = children(traps);
        }

        public List<CommandAsts.StatementAst> getStatements() {
            return statements;
        }

        /** The block's traps, or null when it has none. */
        public List<StatementAsts.TrapStatementAst> getTraps() {
            return traps.isEmpty() ? null : traps;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitStatementBlock(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitStatementBlock(this);
        }
    }
}
