package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** A {@code begin}, {@code process}, {@code end}, {@code clean} or {@code dynamicparam} block. */
public record NamedBlockAst(Extent extent, BlockKind kind, boolean unnamed, List<StatementAst> statements,
        List<StatementAst.Trap> traps) implements Ast {

    public enum BlockKind {
        DYNAMICPARAM, BEGIN, PROCESS, END, CLEAN
    }
}
