package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** {@code catch [T1], [T2] { }}; no types means it catches everything. */
public record CatchClauseAst(Extent extent, List<AttributeBaseAst.TypeConstraint> catchTypes, StatementBlockAst body)
        implements Ast {
}
