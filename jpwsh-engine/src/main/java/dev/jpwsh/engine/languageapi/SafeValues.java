package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.PSHashtable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $ast.SafeGetValue()}: the value of a node that is data only (constants, strings, arrays, hashtables,
 * {@code $true}/{@code $false}/{@code $null}, negated numbers); anything that would run code is refused with
 * an IllegalStateException, which {@link Ast#SafeGetValue()} words as PowerShell does.
 */
final class SafeValues {
    private SafeValues() {
    }

    static Object of(Ast node) {
        return switch (node) {
            case ExpressionAsts.ConstantExpressionAst constant -> constant.getValue();
            case ExpressionAsts.VariableExpressionAst variable when variable.IsConstantVariable() ->
                    switch (variable.getVariablePath().getUserPath().toLowerCase(java.util.Locale.ROOT)) {
                        case "true" -> true;
                        case "false" -> false;
                        default -> null;
                    };
            case ExpressionAsts.ArrayLiteralAst array -> values(array.getElements());
            case ExpressionAsts.ArrayExpressionAst array -> flattened(array.getSubExpression().getStatements());
            case ExpressionAsts.ParenExpressionAst paren -> of(paren.getPipeline());
            case ExpressionAsts.UnaryExpressionAst unary when unary.getTokenKind() == ScriptTokenKind.Minus
                    && of(unary.getChild()) instanceof Number number -> negated(number);
            case ExpressionAsts.HashtableAst table -> hashtable(table);
            case CommandAsts.CommandExpressionAst command when command.getRedirections().isEmpty() ->
                    of(command.getExpression());
            case CommandAsts.PipelineAst pipeline when pipeline.GetPureExpression() != null ->
                    of(pipeline.GetPureExpression());
            default -> throw new IllegalStateException(node.getExtent().getText());
        };
    }

    private static Object[] values(List<? extends Ast> nodes) {
        List<Object> values = new ArrayList<>(nodes.size());
        for (Ast node : nodes) {
            values.add(of(node));
        }
        return values.toArray();
    }

    /** {@code @( ... )}: the statements' values, an array value giving its elements, as running it would. */
    private static Object[] flattened(List<? extends Ast> statements) {
        List<Object> values = new ArrayList<>();
        for (Ast statement : statements) {
            Object value = of(statement);
            if (value instanceof Object[] array) {
                values.addAll(java.util.Arrays.asList(array));
            } else {
                values.add(value);
            }
        }
        return values.toArray();
    }

    private static Object negated(Number number) {
        return switch (number) {
            case Integer i -> -i;
            case Long l -> -l;
            case Double d -> -d;
            default -> throw new IllegalStateException("-" + number);
        };
    }

    private static PSHashtable hashtable(ExpressionAsts.HashtableAst table) {
        PSHashtable result = new PSHashtable();
        for (AstPair pair : table.getKeyValuePairs()) {
            result.put(of(pair.getItem1()), of(pair.getItem2()));
        }
        return result;
    }
}
