package dev.jpwsh.engine.modules;

import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.TypeNameAst;
import dev.jpwsh.language.token.TokenKind;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an expression is data that is safe to evaluate, as pwsh's SafeGetValue decides for
 * Import-PowerShellDataFile: constants, strings (expandable only with safe parts), hashtables, arrays, script
 * blocks (which are not run), parentheses, sub-expressions of such, the unary operators that fold constants,
 * casts to primitive types and the variables {@code $true}, {@code $false}, {@code $null}. No binary operator,
 * member, method, type literal or command. Unless the limit check is skipped, a hashtable holds at most 500 keys
 * and the whole at most 5000 nodes, so that a small file cannot make a huge value.
 */
final class SafeData {
    private static final int MAX_KEYS = 500;
    private static final int MAX_VISITS = 5000;
    private static final Set<String> SAFE_TYPES = Set.of("int", "int32", "system.int32", "long", "int64",
            "system.int64", "short", "int16", "system.int16", "byte", "system.byte", "sbyte", "system.sbyte",
            "uint16", "system.uint16", "uint32", "system.uint32", "uint64", "system.uint64", "double", "system.double",
            "float", "single", "system.single", "decimal", "system.decimal", "bool", "system.boolean", "char",
            "system.char", "string", "system.string", "bigint", "system.numerics.biginteger");
    private static final Set<TokenKind> FOLDING_UNARY = Set.of(TokenKind.MINUS, TokenKind.PLUS, TokenKind.NOT,
            TokenKind.EXCLAIM, TokenKind.BNOT);

    private final boolean limited;
    private int visits;

    private SafeData(boolean limited) {
        this.limited = limited;
    }

    /** Whether {@code expression} is safe data; {@code skipLimitCheck} lifts the size limits. */
    static boolean isSafe(ExpressionAst expression, boolean skipLimitCheck) {
        SafeData check = new SafeData(!skipLimitCheck);
        return check.expression(expression) && (!check.limited || check.visits < MAX_VISITS);
    }

    private boolean expression(ExpressionAst e) {
        visits++;
        return switch (e) {
            case ExpressionAst.Number n -> true;
            case ExpressionAst.StringConstant s -> true;
            case ExpressionAst.ExpandableString s -> s.parts().stream().allMatch(this::expression);
            case ExpressionAst.Variable v -> !v.splatted() && !v.path().isDriveQualified()
                    && Set.of("true", "false", "null", "args").contains(v.path().name().toLowerCase(Locale.ROOT));
            case ExpressionAst.Unary u -> FOLDING_UNARY.contains(u.operator()) && expression(u.child());
            case ExpressionAst.Convert c -> c.type().typeName() instanceof TypeNameAst.Simple simple
                    && SAFE_TYPES.contains(simple.name().toLowerCase(Locale.ROOT)) && expression(c.child());
            case ExpressionAst.Ternary t -> expression(t.condition()) && expression(t.ifTrue())
                    && expression(t.ifFalse());
            case ExpressionAst.Index i -> expression(i.target()) && expression(i.index());
            case ExpressionAst.ArrayLiteral a -> a.elements().stream().allMatch(this::expression);
            case ExpressionAst.ArrayExpression a -> block(a.body());
            case ExpressionAst.SubExpression s -> block(s.body());
            case ExpressionAst.Paren p -> statement(p.pipeline());
            case ExpressionAst.Hashtable h -> (!limited || h.pairs().size() <= MAX_KEYS) && h.pairs().stream()
                    .allMatch(pair -> expression(pair.key()) && statement(pair.value()));
            case ExpressionAst.ScriptBlock b -> true;
            default -> false;
        };
    }

    private boolean block(StatementBlockAst block) {
        return block.traps().isEmpty() && block.statements().stream().allMatch(this::statement);
    }

    /** A statement is safe when it is a pipeline of one expression that is. */
    private boolean statement(StatementAst statement) {
        visits++;
        return statement instanceof StatementAst.Pipeline pipeline && pipeline.elements().size() == 1
                && !pipeline.background()
                && pipeline.elements().getFirst() instanceof PipelineElementAst.CommandExpression command
                && command.redirections().isEmpty() && expression(command.expression());
    }
}
