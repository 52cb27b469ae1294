package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** {@code [CmdletBinding()] param(...)}: the attributes before {@code param} and the parameters. */
public record ParamBlockAst(Extent extent, List<AttributeAst> attributes, List<ParameterAst> parameters)
        implements Ast {
}
