package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/**
 * A script file, a {@code { }} script block or a function body: {@code using} statements, an optional
 * {@code param()} block, and its named blocks. Statements outside any named block form an unnamed end block
 * (or process block for a filter). {@code requires} holds the text of each {@code #requires} comment.
 */
public record ScriptBlockAst(Extent extent, List<StatementAst.Using> usings, ParamBlockAst paramBlock,
        NamedBlockAst dynamicParamBlock, NamedBlockAst beginBlock, NamedBlockAst processBlock,
        NamedBlockAst endBlock, NamedBlockAst cleanBlock, List<String> requires) implements Ast {
}
