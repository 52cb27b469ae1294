package dev.jpwsh.engine.exec;

import dev.jpwsh.language.source.Extent;
import java.util.ServiceLoader;

/**
 * What {@code $block.Ast} answers: the syntax tree, as scripts see it, of the code a script block was made from. The
 * services layer implements it ({@code dev.jpwsh.engine.languageapi}) and lists the implementation in
 * {@code META-INF/services/dev.jpwsh.engine.exec.ScriptBlockSyntax}; it is found on the first {@code .Ast} read. It
 * also answers the block's other members that come from its source (StartPosition, Attributes, IsFilter) and makes
 * the ParseError objects of a ParseException.
 */
public interface ScriptBlockSyntax {
    /** The node (a ScriptBlockAst, or a function's FunctionDefinitionAst) whose extent is {@code definition}. */
    Object astOf(Extent definition);

    /** {@code $block.StartPosition}: a Position token spanning the block's node, or null for a block without one. */
    Object startPosition(Extent definition);

    /** {@code $block.Attributes}: the attribute objects the block declares for itself ({@code [CmdletBinding()]}...). */
    java.util.List<Object> attributes(ScriptBlock.Compiled body);

    /**
     * The breaks of the restricted-language rules in the block whose source is {@code definition}, checked in the
     * tree of the whole script, so their positions are the script's; null for a block without a definition.
     */
    java.util.List<dev.jpwsh.language.parse.ParseError> checkRestrictedLanguage(Extent definition,
            java.util.List<String> commands, java.util.List<String> variables, boolean environment);

    /** The ParseError scripts see for one of the parser's errors (a ParseException's Errors). */
    Object parseError(dev.jpwsh.language.parse.ParseError error);

    /** {@code $block.IsFilter}: whether the block is a {@code filter}'s body. */
    boolean isFilter(Extent definition);

    /** {@code $block.Id}: a Guid made once per compiled block. */
    Object id(ScriptBlock.Compiled body);

    /** {@code $block.DebuggerHidden}: whether its param block has {@code [DebuggerHidden()]}, or it was set so. */
    boolean debuggerHidden(ScriptBlock.Compiled body);

    void setDebuggerHidden(ScriptBlock.Compiled body, boolean hidden);

    /** The engine's implementation, found once. */
    static ScriptBlockSyntax instance() {
        return Holder.INSTANCE;
    }

    /** Finds the implementation when it is first asked for. */
    final class Holder {
        private static final ScriptBlockSyntax INSTANCE = ServiceLoader.load(ScriptBlockSyntax.class,
                ScriptBlockSyntax.class.getClassLoader()).findFirst().orElseThrow(
                        () -> new IllegalStateException("no script block syntax on the class path"));

        private Holder() {
        }
    }
}
