package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** {@code [Name(positional, Named = value, Flag)]}. */
public record AttributeAst(Extent extent, TypeNameAst typeName, List<ExpressionAst> positionalArguments,
        List<NamedAttributeArgumentAst> namedArguments) implements AttributeBaseAst {
}
