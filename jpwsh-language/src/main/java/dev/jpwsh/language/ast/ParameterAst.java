package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** One parameter: its attributes and type constraints in source order, its variable, its default value. */
public record ParameterAst(Extent extent, List<AttributeBaseAst> attributes, ExpressionAst.Variable name,
        ExpressionAst defaultValue) implements Ast {
}
