package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.exec.ScriptBlockSyntax;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code $block.Ast}: the node of the view of the script a block came from whose extent is the block's, so its
 * positions are the file's and its {@code Parent} is what encloses it there. One view per script text, kept while
 * the text is in use.
 */
public final class ScriptBlockAsts implements ScriptBlockSyntax {
    private final Map<SourceText, BlockAsts.ScriptBlockAst> views = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Object astOf(Extent definition) {
        if (definition == null) {
            return null;
        }
        BlockAsts.ScriptBlockAst root = views.computeIfAbsent(definition.source(),
                source -> AstMapper.map(Parser.parse(source).ast()));
        Ast[] found = new Ast[1];
        root.forEachNode(node -> {
            ScriptExtent extent = node.getExtent();
            if (found[0] == null && extent.getStartOffset() == definition.start()
                    && extent.getEndOffset() == definition.end() && (node instanceof BlockAsts.ScriptBlockAst
                    || node instanceof StatementAsts.FunctionDefinitionAst)) {
                found[0] = node;
            }
        });
        return found[0] != null ? found[0] : root;
    }
}
