package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;

/** {@code Name = value} in an attribute; {@code expressionOmitted} for a bare {@code Mandatory} (true). */
public record NamedAttributeArgumentAst(Extent extent, String name, ExpressionAst value, boolean expressionOmitted)
        implements Ast {
}
