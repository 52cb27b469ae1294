package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptBlockSyntax;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.parse.RestrictedLanguageChecker;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code $block.Ast}: the node of the view of the script a block came from whose extent is the block's, so its
 * positions are the file's and its {@code Parent} is what encloses it there. One view per script text, kept while
 * the text is in use.
 */
public final class ScriptBlockAsts implements ScriptBlockSyntax {
    /**
     * The views by script text. A view refers to its text through its extents, so it is held softly: otherwise the
     * weak key could never go.
     */
    private final Map<SourceText, SoftReference<BlockAsts.ScriptBlockAst>> views =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** The Id and DebuggerHidden of each compiled block, kept while the block is in use. */
    private final Map<ScriptBlock.Compiled, BlockData> blocks = Collections.synchronizedMap(new WeakHashMap<>());

    /** What pwsh keeps beside a compiled block: its Guid, and DebuggerHidden once read or set (null before). */
    private static final class BlockData {
        private final Object id = dev.jpwsh.dotnet.SystemStatics.Guid.NewGuid();
        private volatile Boolean debuggerHidden;
    }

    @Override
    public Object astOf(Extent definition) {
        if (definition == null) {
            return null;
        }
        BlockAsts.ScriptBlockAst root = viewOf(definition.source());
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

    @Override
    public Object startPosition(Extent definition) {
        if (definition == null) {
            return null;
        }
        ScriptExtent extent = ((Ast) astOf(definition)).getExtent();
        return new PSToken(PSTokenType.Position, extent.getText(), extent);
    }

    @Override
    public List<Object> attributes(ScriptBlock.Compiled body) {
        return ScriptBlockAttributes.of(body, declaresDebuggerHidden(body.definition()));
    }

    @Override
    public List<ParseError> checkRestrictedLanguage(Extent definition, List<String> commands, List<String> variables,
            boolean environment) {
        if (definition == null) {
            return null;
        }
        Ast found = (Ast) astOf(definition);
        if (found.getExtent().getStartOffset() != definition.start()
                || found.getExtent().getEndOffset() != definition.end()) {
            return null;
        }
        Object origin = found.origin();
        dev.jpwsh.language.ast.ScriptBlockAst block = origin instanceof dev.jpwsh.language.ast.ScriptBlockAst b ? b
                : origin instanceof StatementAst.FunctionDefinition f ? f.body() : null;
        return block == null ? null
                : RestrictedLanguageChecker.checkScriptBlock(block, commands, variables, environment);
    }

    @Override
    public Object parseError(dev.jpwsh.language.parse.ParseError error) {
        return new ScriptParseError(error);
    }

    @Override
    public boolean isFilter(Extent definition) {
        return definition != null && astOf(definition) instanceof StatementAsts.FunctionDefinitionAst function
                && function.getIsFilter();
    }

    @Override
    public Object id(ScriptBlock.Compiled body) {
        return dataOf(body).id;
    }

    @Override
    public boolean debuggerHidden(ScriptBlock.Compiled body) {
        BlockData data = dataOf(body);
        Boolean hidden = data.debuggerHidden;
        if (hidden == null) {
            hidden = declaresDebuggerHidden(body.definition());
            data.debuggerHidden = hidden;
        }
        return hidden;
    }

    @Override
    public void setDebuggerHidden(ScriptBlock.Compiled body, boolean hidden) {
        dataOf(body).debuggerHidden = hidden;
    }

    private BlockData dataOf(ScriptBlock.Compiled body) {
        return blocks.computeIfAbsent(body, b -> new BlockData());
    }

    /** Whether the param block of the block whose source is {@code definition} has {@code [DebuggerHidden()]}. */
    private boolean declaresDebuggerHidden(Extent definition) {
        Object node = definition == null ? null : astOf(definition);
        BlockAsts.ScriptBlockAst block = node instanceof StatementAsts.FunctionDefinitionAst function
                ? function.getBody() : node instanceof BlockAsts.ScriptBlockAst b ? b : null;
        BlockAsts.ParamBlockAst param = block == null ? null : block.getParamBlock();
        return param != null && param.getAttributes().stream().map(a -> a.getTypeName().getFullName())
                .anyMatch(name -> name.equalsIgnoreCase("DebuggerHidden")
                        || name.equalsIgnoreCase("System.Diagnostics.DebuggerHidden")
                        || name.equalsIgnoreCase("System.Diagnostics.DebuggerHiddenAttribute")
                        || name.equalsIgnoreCase("DebuggerHiddenAttribute"));
    }

    private BlockAsts.ScriptBlockAst viewOf(SourceText source) {
        SoftReference<BlockAsts.ScriptBlockAst> kept = views.get(source);
        BlockAsts.ScriptBlockAst view = kept == null ? null : kept.get();
        if (view == null) {
            view = AstMapper.map(Parser.parse(source).ast());
            views.put(source, new SoftReference<>(view));
        }
        return view;
    }
}
