package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Class, enum and interface definitions and their members. */
public final class ClassAsts {
    private ClassAsts() {
    }

    /** {@code class}, {@code enum} or {@code interface}. */
    @DotNetName("System.Management.Automation.Language.TypeDefinitionAst")
    public static final class TypeDefinitionAst extends CommandAsts.StatementAst {
        private final String name;
        private final List<AttributeAsts.AttributeAst> attributes;
        private final List<AttributeAsts.TypeConstraintAst> baseTypes;
        private final List<MemberAst> members;
        private final String kind;

        TypeDefinitionAst(Object origin, Extent extent, String name, List<AttributeAsts.AttributeAst> attributes,
                List<AttributeAsts.TypeConstraintAst> baseTypes, List<MemberAst> members, String kind) {
            super(origin, extent);
            this.name = name;
            this.attributes = children(attributes);
            this.baseTypes = children(baseTypes);
            this.members = children(members);
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public List<AttributeAsts.AttributeAst> getAttributes() {
            return attributes;
        }

        public List<AttributeAsts.TypeConstraintAst> getBaseTypes() {
            return baseTypes;
        }

        public List<MemberAst> getMembers() {
            return members;
        }

        public String getKind() {
            return kind;
        }

        public boolean getIsClass() {
            return kind.equalsIgnoreCase("class");
        }

        public boolean getIsEnum() {
            return kind.equalsIgnoreCase("enum");
        }

        public boolean getIsInterface() {
            return kind.equalsIgnoreCase("interface");
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitTypeDefinition(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitTypeDefinition(this);
        }
    }

    /** A member of a class or enum. */
    @DotNetName("System.Management.Automation.Language.MemberAst")
    public abstract static class MemberAst extends Ast {
        private final String name;
        private final List<String> modifiers;
        private final List<AttributeAsts.AttributeAst> attributes;

        MemberAst(Object origin, Extent extent, String name, List<String> modifiers,
                List<AttributeAsts.AttributeAst> attributes) {
            super(origin, extent);
            this.name = name;
            this.modifiers = modifiers;
            this.attributes = children(attributes);
        }

        public String getName() {
            return name;
        }

        public List<String> getModifiers() {
            return modifiers;
        }

        public List<AttributeAsts.AttributeAst> getAttributes() {
            return attributes;
        }

        public boolean getIsStatic() {
            return modifiers.contains("static");
        }

        public boolean getIsHidden() {
            return modifiers.contains("hidden");
        }

        public boolean getIsPublic() {
            return !modifiers.contains("hidden");
        }

        public boolean getIsPrivate() {
            return false;
        }
    }

    /** A property, or an enum member. */
    @DotNetName("System.Management.Automation.Language.PropertyMemberAst")
    public static final class PropertyMemberAst extends MemberAst {
        private final AttributeAsts.TypeConstraintAst propertyType;
        private final ExpressionAsts.ExpressionAst initialValue;

        PropertyMemberAst(Object origin, Extent extent, String name, List<String> modifiers,
                List<AttributeAsts.AttributeAst> attributes, AttributeAsts.TypeConstraintAst propertyType,
                ExpressionAsts.ExpressionAst initialValue) {
            super(origin, extent, name, modifiers, attributes);
            this.propertyType = child(propertyType);
            this.initialValue = child(initialValue);
        }

        public AttributeAsts.TypeConstraintAst getPropertyType() {
            return propertyType;
        }

        public ExpressionAsts.ExpressionAst getInitialValue() {
            return initialValue;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitPropertyMember(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitPropertyMember(this);
        }
    }

    /** A method or constructor. */
    @DotNetName("System.Management.Automation.Language.FunctionMemberAst")
    public static final class FunctionMemberAst extends MemberAst {
        private final AttributeAsts.TypeConstraintAst returnType;
        private final List<BlockAsts.ParameterAst> parameters;
        private final BlockAsts.ScriptBlockAst body;
        private final boolean isConstructor;

        FunctionMemberAst(Object origin, Extent extent, String name, List<String> modifiers,
                List<AttributeAsts.AttributeAst> attributes, AttributeAsts.TypeConstraintAst returnType,
                List<BlockAsts.ParameterAst> parameters, BlockAsts.ScriptBlockAst body, boolean isConstructor) {
            super(origin, extent, name, modifiers, attributes);
            this.returnType = child(returnType);
            this.parameters = children(parameters);
            this.body = child(body);
            this.isConstructor = isConstructor;
        }

        public AttributeAsts.TypeConstraintAst getReturnType() {
            return returnType;
        }

        public List<BlockAsts.ParameterAst> getParameters() {
            return parameters;
        }

        public BlockAsts.ScriptBlockAst getBody() {
            return body;
        }

        public boolean getIsConstructor() {
            return isConstructor;
        }

        @Override
        boolean opensScriptBlock() {
            return true;
        }

        @Override
        AstVisitAction accept(AstVisitor visitor) {
            return visitor.VisitFunctionMember(this);
        }

        @Override
        Object accept(ICustomAstVisitor visitor) {
            return visitor.VisitFunctionMember(this);
        }
    }
}
