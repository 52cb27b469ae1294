package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** Members of a class, enum or interface definition. Modifiers are lower-case keywords. */
public sealed interface TypeMemberAst extends Ast {
    String name();

    /** A property, or an enum member (its value in {@code initialValue}). */
    record Property(Extent extent, String name, List<String> modifiers, List<AttributeAst> attributes,
            AttributeBaseAst.TypeConstraint propertyType, ExpressionAst initialValue) implements TypeMemberAst {
    }

    /** A method or constructor; {@code baseArguments} holds {@code : base(...)} of a constructor, else null. */
    record Method(Extent extent, String name, List<String> modifiers, List<AttributeAst> attributes,
            AttributeBaseAst.TypeConstraint returnType, List<ParameterAst> parameters, boolean constructor,
            List<ExpressionAst> baseArguments, ScriptBlockAst body) implements TypeMemberAst {
    }
}
