package dev.jpwsh.engine.languageapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text pwsh's ScriptBlockAst gives Invoke-Command and the runspace tools that reach its non-public
 * {@code GetWithInputHandlingForInvokeCommandImpl} by reflection: the block's code without its braces, each
 * {@code $using:} variable of the list given replaced by {@code $__using_name} and the new parameters added to the
 * param block; a block that is one pipeline starting with a command and not reading {@code $input} gets
 * {@code $input |} before it. Stateless.
 */
final class InvokeCommandText {
    private static final String USING_PREFIX = "__using_";

    private InvokeCommandText() {
    }

    /**
     * The text for {@code block}; {@code usingVariables} is a Tuple of the using expressions' variables (a list of
     * VariableExpressionAst) and the new parameters' text, or null for the plain text.
     */
    static String of(BlockAsts.ScriptBlockAst block, Object usingVariables) {
        List<Ast> variables = new ArrayList<>();
        String newParameters = null;
        if (usingVariables instanceof dev.jpwsh.dotnet.collections.Tuples.Tuple2 tuple) {
            dev.jpwsh.runtime.object.Enumeration.toList(tuple.getItem1()).forEach(v -> variables.add((Ast) v));
            newParameters = String.valueOf(tuple.getItem2());
        }
        boolean replace = newParameters != null && !variables.isEmpty();
        int start = block.getExtent().getStartOffset();
        int end = block.getExtent().getEndOffset();
        CommandAsts.PipelineAst pipeline = simplePipeline(block);
        if (pipeline == null || pipeline.getPipelineElements().getFirst() instanceof CommandAsts.CommandExpressionAst
                || readsInput(block)) {
            return replace ? replaced(block, variables, newParameters, start, end) : withoutBraces(block);
        }
        StringBuilder text = new StringBuilder();
        BlockAsts.ParamBlockAst params = block.getParamBlock();
        if (params != null) {
            text.append(replace ? replaced(block, variables, newParameters, params.getExtent().getStartOffset(),
                    params.getExtent().getEndOffset()) : params.toString());
        }
        text.append("$input |");
        text.append(replace ? replaced(block, variables, newParameters, pipeline.getExtent().getStartOffset(),
                pipeline.getExtent().getEndOffset()) : pipeline.toString());
        return text.toString();
    }

    /** The block's only statement when it is a pipeline and the block has only an end block without traps. */
    private static CommandAsts.PipelineAst simplePipeline(BlockAsts.ScriptBlockAst block) {
        if (block.getBeginBlock() != null || block.getProcessBlock() != null || block.getCleanBlock() != null
                || block.getDynamicParamBlock() != null || block.getEndBlock() == null
                || block.getEndBlock().getStatements().size() != 1 || block.getEndBlock().getTraps() != null
                && !block.getEndBlock().getTraps().isEmpty()) {
            return null;
        }
        return block.getEndBlock().getStatements().getFirst() instanceof CommandAsts.PipelineAst p ? p : null;
    }

    private static boolean readsInput(BlockAsts.ScriptBlockAst block) {
        boolean[] found = new boolean[1];
        block.forEachNode(node -> found[0] |= node instanceof ExpressionAsts.VariableExpressionAst v
                && v.getVariablePath().getIsVariable()
                && v.getVariablePath().unqualifiedPath().equalsIgnoreCase("input"));
        return found[0];
    }

    private static String withoutBraces(BlockAsts.ScriptBlockAst block) {
        String text = block.toString();
        return block.getParent() != null && text.startsWith("{") && text.endsWith("}")
                ? text.substring(1, text.length() - 1) : text;
    }

    /**
     * The block's text from {@code from} to {@code to} (offsets in the script) with the using variables renamed and
     * the new parameters put first in the param block.
     */
    private static String replaced(BlockAsts.ScriptBlockAst block, List<Ast> variables, String newParameters,
            int from, int to) {
        List<Ast> elements = new ArrayList<>(variables);
        if (block.getParamBlock() != null) {
            elements.add(block.getParamBlock());
        }
        elements.sort(Comparator.comparingInt(a -> a.getExtent().getStartOffset()));
        int base = block.getExtent().getStartOffset();
        int start = from - base;
        int end = to - base;
        String script = block.toString();
        StringBuilder text = new StringBuilder();
        for (Ast element : elements) {
            int elementStart = element.getExtent().getStartOffset() - base;
            if (elementStart < start) {
                continue;
            }
            if (elementStart >= end) {
                break;
            }
            if (element instanceof ExpressionAsts.VariableExpressionAst variable) {
                ScriptVariablePath path = variable.getVariablePath();
                String name = path.getIsDriveQualified() ? path.getDriveName() + "_" + path.unqualifiedPath()
                        : path.unqualifiedPath();
                text.append(script, start, elementStart).append(variable.getSplatted() ? '@' : '$')
                        .append(USING_PREFIX).append(name);
                start = element.getExtent().getEndOffset() - base;
            } else {
                BlockAsts.ParamBlockAst params = (BlockAsts.ParamBlockAst) element;
                int at;
                String inserted = newParameters;
                if (params.getParameters().isEmpty()) {
                    at = element.getExtent().getEndOffset() - base - 1;
                } else {
                    BlockAsts.ParameterAst first = params.getParameters().getFirst();
                    at = (first.getAttributes().isEmpty() ? first.getName().getExtent().getStartOffset()
                            : first.getAttributes().getFirst().getExtent().getStartOffset()) - base;
                    inserted += ",\n";
                }
                text.append(script, start, at).append(inserted);
                start = at;
            }
        }
        text.append(script, start, end);
        String result = text.toString();
        if (block.getParent() != null && from == block.getExtent().getStartOffset()
                && to == block.getExtent().getEndOffset() && result.startsWith("{") && result.endsWith("}")) {
            result = result.substring(1, result.length() - 1);
        }
        return result;
    }
}
