package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** What stands in brackets before a parameter, expression or definition: attributes and type constraints. */
public final class AttributeAsts {
    private AttributeAsts() {
    }

    /** An attribute or a type constraint. */
    @DotNetName("System.Management.Automation.Language.AttributeBaseAst")
    public abstract static class AttributeBaseAst extends Ast {
        private final ScriptTypeNames.ITypeName typeName;

        AttributeBaseAst(Object origin, Extent extent, ScriptTypeNames.ITypeName typeName) {
            super(origin, extent);
            this.typeName = typeName;
        }

        public ScriptTypeNames.ITypeName getTypeName() {
            return typeName;
        }
    }

    /** {@code [Name(positional, Named = value)]}. */
    @DotNetName("System.Management.Automation.Language.AttributeAst")
    public static final class AttributeAst extends AttributeBaseAst {
        private final List<ExpressionAsts.ExpressionAst> positionalArguments;
        private final List<NamedAttributeArgumentAst> namedArguments;

        AttributeAst(Object origin, Extent extent, ScriptTypeNames.ITypeName typeName,
                List<ExpressionAsts.ExpressionAst> positionalArguments,
                List<NamedAttributeArgumentAst> namedArguments) {
            super(origin, extent, typeName);
            this.positionalArguments = children(positionalArguments);
            this.namedArguments = children(namedArguments);
        }

        public List<ExpressionAsts.ExpressionAst> getPositionalArguments() {
            return positionalArguments;
        }

        public List<NamedAttributeArgumentAst> getNamedArguments() {
            return namedArguments;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitAttribute(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitAttribute(this);
        }
    }

    /** {@code [int]} before a variable or parameter. */
    @DotNetName("System.Management.Automation.Language.TypeConstraintAst")
    public static final class TypeConstraintAst extends AttributeBaseAst {
        TypeConstraintAst(Object origin, Extent extent, ScriptTypeNames.ITypeName typeName) {
            super(origin, extent, typeName);
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitTypeConstraint(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitTypeConstraint(this);
        }
    }

    /** {@code Name = value} in an attribute; a bare {@code Mandatory} has the value {@code $true}. */
    @DotNetName("System.Management.Automation.Language.NamedAttributeArgumentAst")
    public static final class NamedAttributeArgumentAst extends Ast {
        private final String argumentName;
        private final ExpressionAsts.ExpressionAst argument;
        private final boolean expressionOmitted;

        NamedAttributeArgumentAst(Object origin, Extent extent, String argumentName,
                ExpressionAsts.ExpressionAst argument, boolean expressionOmitted) {
            super(origin, extent);
            this.argumentName = argumentName;
            this.argument = child(argument);
            this.expressionOmitted = expressionOmitted;
        }

        public String getArgumentName() {
            return argumentName;
        }

        public ExpressionAsts.ExpressionAst getArgument() {
            return argument;
        }

        public boolean getExpressionOmitted() {
            return expressionOmitted;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitNamedAttributeArgument(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitNamedAttributeArgument(this);
        }
    }
}
