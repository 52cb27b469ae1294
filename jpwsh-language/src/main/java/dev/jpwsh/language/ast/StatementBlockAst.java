package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** The statements between braces of a statement ({@code if}, loops, {@code try}), with their traps. */
public record StatementBlockAst(Extent extent, List<StatementAst> statements, List<StatementAst.Trap> traps)
        implements Ast {
}
