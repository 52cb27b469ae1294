package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Expressions. */
public final class ExpressionAsts {
    private ExpressionAsts() {
    }

    /** An expression. */
    @DotNetName("System.Management.Automation.Language.ExpressionAst")
    public abstract static class ExpressionAst extends CommandAsts.CommandElementAst {
        ExpressionAst(Object origin, Extent extent) {
            super(origin, extent);
        }

        /** The type the expression is known to have before it runs. */
        public Object getStaticType() {
            return Object.class;
        }
    }

    /** What the parser kept of an expression it could not parse. */
    @DotNetName("System.Management.Automation.Language.ErrorExpressionAst")
    public static final class ErrorExpressionAst extends ExpressionAst {
        private final List<Ast> nestedAst;

        ErrorExpressionAst(Object origin, Extent extent, List<Ast> nestedAst) {
            super(origin, extent);
            this.nestedAst = children(nestedAst);
        }

        public List<Ast> getNestedAst() {
            return nestedAst;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitErrorExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitErrorExpression(this);
        }
    }

    /** {@code left op right}. */
    @DotNetName("System.Management.Automation.Language.BinaryExpressionAst")
    public static final class BinaryExpressionAst extends ExpressionAst {
        private final ExpressionAst left;
        private final ScriptTokenKind operator;
        private final ExpressionAst right;
        private final ScriptExtent errorPosition;

        BinaryExpressionAst(Object origin, Extent extent, ExpressionAst left, ScriptTokenKind operator,
                ExpressionAst right, ScriptExtent errorPosition) {
            super(origin, extent);
            this.left = child(left);
            this.operator = operator;
            this.right = child(right);
            this.errorPosition = errorPosition;
        }

        public ExpressionAst getLeft() {
            return left;
        }

        public ScriptTokenKind getOperator() {
            return operator;
        }

        public ExpressionAst getRight() {
            return right;
        }

        public ScriptExtent getErrorPosition() {
            return errorPosition;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitBinaryExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitBinaryExpression(this);
        }
    }

    /** {@code op child}, {@code child++}. */
    @DotNetName("System.Management.Automation.Language.UnaryExpressionAst")
    public static final class UnaryExpressionAst extends ExpressionAst {
        private final ScriptTokenKind tokenKind;
        private final ExpressionAst child;

        UnaryExpressionAst(Object origin, Extent extent, ScriptTokenKind tokenKind, ExpressionAst child) {
            super(origin, extent);
            this.tokenKind = tokenKind;
            this.child = child(child);
        }

        public ScriptTokenKind getTokenKind() {
            return tokenKind;
        }

        public ExpressionAst getChild() {
            return child;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitUnaryExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitUnaryExpression(this);
        }
    }

    /** {@code condition ? ifTrue : ifFalse}. */
    @DotNetName("System.Management.Automation.Language.TernaryExpressionAst")
    public static final class TernaryExpressionAst extends ExpressionAst {
        private final ExpressionAst condition;
        private final ExpressionAst ifTrue;
        private final ExpressionAst ifFalse;

        TernaryExpressionAst(Object origin, Extent extent, ExpressionAst condition, ExpressionAst ifTrue,
                ExpressionAst ifFalse) {
            super(origin, extent);
            this.condition = child(condition);
            this.ifTrue = child(ifTrue);
            this.ifFalse = child(ifFalse);
        }

        public ExpressionAst getCondition() {
            return condition;
        }

        public ExpressionAst getIfTrue() {
            return ifTrue;
        }

        public ExpressionAst getIfFalse() {
            return ifFalse;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitTernaryExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitTernaryExpression(this);
        }
    }

    /** {@code [Attribute()] child}. */
    @DotNetName("System.Management.Automation.Language.AttributedExpressionAst")
    public static class AttributedExpressionAst extends ExpressionAst {
        private final AttributeAsts.AttributeBaseAst attribute;
        private final ExpressionAst child;

        AttributedExpressionAst(Object origin, Extent extent, AttributeAsts.AttributeBaseAst attribute,
                ExpressionAst child) {
            super(origin, extent);
            this.attribute = child(attribute);
            this.child = child(child);
        }

        public AttributeAsts.AttributeBaseAst getAttribute() {
            return attribute;
        }

        public ExpressionAst getChild() {
            return child;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitAttributedExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitAttributedExpression(this);
        }
    }

    /** {@code [type] child}. */
    @DotNetName("System.Management.Automation.Language.ConvertExpressionAst")
    public static final class ConvertExpressionAst extends AttributedExpressionAst {
        ConvertExpressionAst(Object origin, Extent extent, AttributeAsts.AttributeBaseAst attribute,
                ExpressionAst child) {
            super(origin, extent, attribute, child);
        }

        public AttributeAsts.TypeConstraintAst getType() {
            return (AttributeAsts.TypeConstraintAst) getAttribute();
        }

        @Override
        public Object getStaticType() {
            Object type = getType().getTypeName().GetReflectionType();
            return type != null ? type : Object.class;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitConvertExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitConvertExpression(this);
        }
    }

    /** A number (or another constant). */
    @DotNetName("System.Management.Automation.Language.ConstantExpressionAst")
    public static class ConstantExpressionAst extends ExpressionAst {
        private final Object value;

        ConstantExpressionAst(Object origin, Extent extent, Object value) {
            super(origin, extent);
            this.value = value;
        }

        public Object getValue() {
            return value;
        }

        @Override
        public Object getStaticType() {
            return value == null ? Object.class : value.getClass();
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitConstantExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitConstantExpression(this);
        }
    }

    /** A string without expansions, or a bare word. */
    @DotNetName("System.Management.Automation.Language.StringConstantExpressionAst")
    public static final class StringConstantExpressionAst extends ConstantExpressionAst {
        private final StringConstantType stringConstantType;

        StringConstantExpressionAst(Object origin, Extent extent, Object value, StringConstantType stringConstantType) {
            super(origin, extent, value);
            this.stringConstantType = stringConstantType;
        }

        public StringConstantType getStringConstantType() {
            return stringConstantType;
        }

        @Override
        public String getValue() {
            return (String) super.getValue();
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitStringConstantExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitStringConstantExpression(this);
        }
    }

    /** A string with {@code $} expansions. */
    @DotNetName("System.Management.Automation.Language.ExpandableStringExpressionAst")
    public static final class ExpandableStringExpressionAst extends ExpressionAst {
        private final String value;
        private final StringConstantType stringConstantType;
        private final List<ExpressionAst> nestedExpressions;

        ExpandableStringExpressionAst(Object origin, Extent extent, String value,
                StringConstantType stringConstantType, List<ExpressionAst> nestedExpressions) {
            super(origin, extent);
            this.value = value;
            this.stringConstantType = stringConstantType;
            this.nestedExpressions = children(nestedExpressions);
        }

        public String getValue() {
            return value;
        }

        public StringConstantType getStringConstantType() {
            return stringConstantType;
        }

        public List<ExpressionAst> getNestedExpressions() {
            return nestedExpressions;
        }

        @Override
        public Object getStaticType() {
            return String.class;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitExpandableStringExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitExpandableStringExpression(this);
        }
    }

    /** {@code $name}, {@code @name}. */
    @DotNetName("System.Management.Automation.Language.VariableExpressionAst")
    public static final class VariableExpressionAst extends ExpressionAst {
        private final ScriptVariablePath variablePath;
        private final boolean splatted;

        VariableExpressionAst(Object origin, Extent extent, ScriptVariablePath variablePath, boolean splatted) {
            super(origin, extent);
            this.variablePath = variablePath;
            this.splatted = splatted;
        }

        public ScriptVariablePath getVariablePath() {
            return variablePath;
        }

        public boolean getSplatted() {
            return splatted;
        }

        /** Whether the variable is {@code $true}, {@code $false} or {@code $null}. */
        public boolean IsConstantVariable() {
            String name = variablePath.getUserPath().toLowerCase(java.util.Locale.ROOT);
            return variablePath.getIsVariable() && switch (name) {
                case "true", "false", "null" -> true;
                default -> false;
            };
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitVariableExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitVariableExpression(this);
        }
    }

    /** {@code $using:name}, with what follows it. */
    @DotNetName("System.Management.Automation.Language.UsingExpressionAst")
    public static final class UsingExpressionAst extends ExpressionAst {
        private final ExpressionAst subExpression;
        private int runtimeUsingIndex;

        UsingExpressionAst(Object origin, Extent extent, ExpressionAst subExpression) {
            super(origin, extent);
            this.subExpression = child(subExpression);
        }

        public ExpressionAst getSubExpression() {
            return subExpression;
        }

        void setRuntimeUsingIndex(int value) {
            this.runtimeUsingIndex = value;
        }

        public int getRuntimeUsingIndex() {
            return runtimeUsingIndex;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitUsingExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitUsingExpression(this);
        }
    }

    /** {@code [type]} standing alone. */
    @DotNetName("System.Management.Automation.Language.TypeExpressionAst")
    public static final class TypeExpressionAst extends ExpressionAst {
        private final ScriptTypeNames.ITypeName typeName;

        TypeExpressionAst(Object origin, Extent extent, ScriptTypeNames.ITypeName typeName) {
            super(origin, extent);
            this.typeName = typeName;
        }

        public ScriptTypeNames.ITypeName getTypeName() {
            return typeName;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitTypeExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitTypeExpression(this);
        }
    }

    /** {@code target.member}, {@code target::member}, {@code target?.member}. */
    @DotNetName("System.Management.Automation.Language.MemberExpressionAst")
    public static class MemberExpressionAst extends ExpressionAst {
        private final ExpressionAst expression;
        private final CommandAsts.CommandElementAst member;
        private final boolean staticValue;
        private final boolean nullConditional;

        MemberExpressionAst(Object origin, Extent extent, ExpressionAst expression,
                CommandAsts.CommandElementAst member, boolean staticValue, boolean nullConditional) {
            super(origin, extent);
            this.expression = child(expression);
            this.member = child(member);
            this.staticValue = staticValue;
            this.nullConditional = nullConditional;
        }

        public ExpressionAst getExpression() {
            return expression;
        }

        public CommandAsts.CommandElementAst getMember() {
            return member;
        }

        public boolean getStatic() {
            return staticValue;
        }

        public boolean getNullConditional() {
            return nullConditional;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitMemberExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitMemberExpression(this);
        }
    }

    /** {@code target.Method(args)}. */
    @DotNetName("System.Management.Automation.Language.InvokeMemberExpressionAst")
    public static final class InvokeMemberExpressionAst extends MemberExpressionAst {
        private final List<ExpressionAst> arguments;
        private final List<ScriptTypeNames.ITypeName> genericTypeArguments;

        InvokeMemberExpressionAst(Object origin, Extent extent, ExpressionAst expression,
                CommandAsts.CommandElementAst member, boolean staticValue, boolean nullConditional,
                List<ExpressionAst> arguments, List<ScriptTypeNames.ITypeName> genericTypeArguments) {
            super(origin, extent, expression, member, staticValue, nullConditional);
            this.arguments = children(arguments);
            this.genericTypeArguments = genericTypeArguments;
        }

        /** The arguments, or null when the call has none. */
        public List<ExpressionAst> getArguments() {
            return arguments.isEmpty() ? null : arguments;
        }

        /** The generic method's type arguments, or null when none are written. */
        public List<ScriptTypeNames.ITypeName> getGenericTypeArguments() {
            return genericTypeArguments.isEmpty() ? null : genericTypeArguments;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitInvokeMemberExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitInvokeMemberExpression(this);
        }
    }

    /** {@code target[index]}. */
    @DotNetName("System.Management.Automation.Language.IndexExpressionAst")
    public static final class IndexExpressionAst extends ExpressionAst {
        private final ExpressionAst target;
        private final ExpressionAst index;
        private final boolean nullConditional;

        IndexExpressionAst(Object origin, Extent extent, ExpressionAst target, ExpressionAst index,
                boolean nullConditional) {
            super(origin, extent);
            this.target = child(target);
            this.index = child(index);
            this.nullConditional = nullConditional;
        }

        public ExpressionAst getTarget() {
            return target;
        }

        public ExpressionAst getIndex() {
            return index;
        }

        public boolean getNullConditional() {
            return nullConditional;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitIndexExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitIndexExpression(this);
        }
    }

    /** {@code a, b, c}. */
    @DotNetName("System.Management.Automation.Language.ArrayLiteralAst")
    public static final class ArrayLiteralAst extends ExpressionAst {
        private final List<ExpressionAst> elements;

        ArrayLiteralAst(Object origin, Extent extent, List<ExpressionAst> elements) {
            super(origin, extent);
            this.elements = children(elements);
        }

        public List<ExpressionAst> getElements() {
            return elements;
        }

        @Override
        public Object getStaticType() {
            return Object[].class;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitArrayLiteral(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitArrayLiteral(this);
        }
    }

    /** {@code @( statements )}. */
    @DotNetName("System.Management.Automation.Language.ArrayExpressionAst")
    public static final class ArrayExpressionAst extends ExpressionAst {
        private final BlockAsts.StatementBlockAst subExpression;

        ArrayExpressionAst(Object origin, Extent extent, BlockAsts.StatementBlockAst subExpression) {
            super(origin, extent);
            this.subExpression = child(subExpression);
        }

        public BlockAsts.StatementBlockAst getSubExpression() {
            return subExpression;
        }

        @Override
        public Object getStaticType() {
            return Object[].class;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitArrayExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitArrayExpression(this);
        }
    }

    /** {@code $( statements )}. */
    @DotNetName("System.Management.Automation.Language.SubExpressionAst")
    public static final class SubExpressionAst extends ExpressionAst {
        private final BlockAsts.StatementBlockAst subExpression;

        SubExpressionAst(Object origin, Extent extent, BlockAsts.StatementBlockAst subExpression) {
            super(origin, extent);
            this.subExpression = child(subExpression);
        }

        public BlockAsts.StatementBlockAst getSubExpression() {
            return subExpression;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitSubExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitSubExpression(this);
        }
    }

    /** {@code ( pipeline )}. */
    @DotNetName("System.Management.Automation.Language.ParenExpressionAst")
    public static final class ParenExpressionAst extends ExpressionAst {
        private final CommandAsts.PipelineBaseAst pipeline;

        ParenExpressionAst(Object origin, Extent extent, CommandAsts.PipelineBaseAst pipeline) {
            super(origin, extent);
            this.pipeline = child(pipeline);
        }

        public CommandAsts.PipelineBaseAst getPipeline() {
            return pipeline;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitParenExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitParenExpression(this);
        }
    }

    /** {@code @{ key = value }}: its pairs, each a key expression and a statement. */
    @DotNetName("System.Management.Automation.Language.HashtableAst")
    public static final class HashtableAst extends ExpressionAst {
        private final List<AstPair> keyValuePairs;

        HashtableAst(Object origin, Extent extent, List<AstPair> keyValuePairs) {
            super(origin, extent);
            this.keyValuePairs = pairs(keyValuePairs);
        }

        public List<AstPair> getKeyValuePairs() {
            return keyValuePairs;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitHashtable(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitHashtable(this);
        }
    }

    /** {@code { ... }} as a value. */
    @DotNetName("System.Management.Automation.Language.ScriptBlockExpressionAst")
    public static final class ScriptBlockExpressionAst extends ExpressionAst {
        private final BlockAsts.ScriptBlockAst scriptBlock;

        ScriptBlockExpressionAst(Object origin, Extent extent, BlockAsts.ScriptBlockAst scriptBlock) {
            super(origin, extent);
            this.scriptBlock = child(scriptBlock);
        }

        public BlockAsts.ScriptBlockAst getScriptBlock() {
            return scriptBlock;
        }

        @Override
        boolean opensScriptBlock() {
            return true;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitScriptBlockExpression(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitScriptBlockExpression(this);
        }
    }
}
