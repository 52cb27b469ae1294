package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;

/** What stands in brackets before a parameter, expression or definition: an attribute or a type constraint. */
public sealed interface AttributeBaseAst extends Ast permits AttributeAst, AttributeBaseAst.TypeConstraint {
    TypeNameAst typeName();

    /** {@code [int]}, {@code [string[]]} before a variable or parameter. */
    record TypeConstraint(Extent extent, TypeNameAst typeName) implements AttributeBaseAst {
    }
}
