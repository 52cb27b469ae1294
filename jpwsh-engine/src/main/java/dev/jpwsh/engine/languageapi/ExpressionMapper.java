package dev.jpwsh.engine.languageapi;

import static dev.jpwsh.engine.languageapi.AstMapper.each;
import static dev.jpwsh.engine.languageapi.AstMapper.expression;

import dev.jpwsh.engine.languageapi.ExpressionAsts.ExpressionAst;
import dev.jpwsh.language.ast.ExpressionAst.ArrayExpression;
import dev.jpwsh.language.ast.ExpressionAst.ArrayLiteral;
import dev.jpwsh.language.ast.ExpressionAst.Attributed;
import dev.jpwsh.language.ast.ExpressionAst.Binary;
import dev.jpwsh.language.ast.ExpressionAst.Convert;
import dev.jpwsh.language.ast.ExpressionAst.Error;
import dev.jpwsh.language.ast.ExpressionAst.ExpandableString;
import dev.jpwsh.language.ast.ExpressionAst.Hashtable;
import dev.jpwsh.language.ast.ExpressionAst.Index;
import dev.jpwsh.language.ast.ExpressionAst.InvokeMember;
import dev.jpwsh.language.ast.ExpressionAst.Member;
import dev.jpwsh.language.ast.ExpressionAst.Number;
import dev.jpwsh.language.ast.ExpressionAst.Paren;
import dev.jpwsh.language.ast.ExpressionAst.ScriptBlock;
import dev.jpwsh.language.ast.ExpressionAst.StringConstant;
import dev.jpwsh.language.ast.ExpressionAst.StringKind;
import dev.jpwsh.language.ast.ExpressionAst.SubExpression;
import dev.jpwsh.language.ast.ExpressionAst.Ternary;
import dev.jpwsh.language.ast.ExpressionAst.TypeLiteral;
import dev.jpwsh.language.ast.ExpressionAst.Unary;
import dev.jpwsh.language.ast.ExpressionAst.Using;
import dev.jpwsh.language.ast.ExpressionAst.Variable;

/** {@link AstMapper}'s part for expressions. */
final class ExpressionMapper {
    private ExpressionMapper() {
    }

    static ExpressionAst expression(dev.jpwsh.language.ast.ExpressionAst expression) {
        if (startsWithUsing(expression)) {
            return new ExpressionAsts.UsingExpressionAst(expression, expression.extent(),
                    expression(withoutUsing(expression)));
        }
        return switch (expression) {
            case Binary b -> new ExpressionAsts.BinaryExpressionAst(b, b.extent(), expression(b.left()),
                    ScriptTokenKind.of(b.operator()), expression(b.right()), new ScriptExtent(b.operatorExtent()));
            case Unary u -> new ExpressionAsts.UnaryExpressionAst(u, u.extent(), ScriptTokenKind.of(u.operator()),
                    expression(u.child()));
            case Ternary t -> new ExpressionAsts.TernaryExpressionAst(t, t.extent(), expression(t.condition()),
                    expression(t.ifTrue()), expression(t.ifFalse()));
            case Convert c -> new ExpressionAsts.ConvertExpressionAst(c, c.extent(), AstMapper.typeConstraint(c.type()),
                    expression(c.child()));
            case Attributed a -> new ExpressionAsts.AttributedExpressionAst(a, a.extent(),
                    AstMapper.attribute(a.attribute()), expression(a.child()));
            case Number n -> new ExpressionAsts.ConstantExpressionAst(n, n.extent(), n.literal().value());
            case StringConstant s -> new ExpressionAsts.StringConstantExpressionAst(s, s.extent(), s.value(),
                    stringType(s.kind()));
            case ExpandableString s -> new ExpressionAsts.ExpandableStringExpressionAst(s, s.extent(), s.value(),
                    stringType(s.kind()), each(s.parts().stream().filter(p -> !(p instanceof StringConstant)).toList(),
                            AstMapper::expression));
            case Variable v -> AstMapper.variable(v);
            case Using u -> new ExpressionAsts.UsingExpressionAst(u, u.extent(), expression(u.expression()));
            case TypeLiteral t -> new ExpressionAsts.TypeExpressionAst(t, t.extent(), ScriptTypeNames.of(t.typeName()));
            case Member m -> new ExpressionAsts.MemberExpressionAst(m, m.extent(), expression(m.target()),
                    AstMapper.commandElement(m.member()), m.isStatic(), m.nullConditional());
            case InvokeMember m -> new ExpressionAsts.InvokeMemberExpressionAst(m, m.extent(), expression(m.target()),
                    AstMapper.commandElement(m.member()), m.isStatic(), m.nullConditional(),
                    each(m.arguments(), AstMapper::expression), each(m.genericArguments(), ScriptTypeNames::of));
            case Index i -> new ExpressionAsts.IndexExpressionAst(i, i.extent(), expression(i.target()),
                    expression(i.index()), i.nullConditional());
            case ArrayLiteral a -> new ExpressionAsts.ArrayLiteralAst(a, a.extent(),
                    each(a.elements(), AstMapper::expression));
            case ArrayExpression a -> new ExpressionAsts.ArrayExpressionAst(a, a.extent(),
                    AstMapper.statementBlock(a.body()));
            case SubExpression s -> new ExpressionAsts.SubExpressionAst(s, s.extent(),
                    AstMapper.statementBlock(s.body()));
            case Paren p -> new ExpressionAsts.ParenExpressionAst(p, p.extent(), AstMapper.pipeline(p.pipeline()));
            case Hashtable h -> new ExpressionAsts.HashtableAst(h, h.extent(), each(h.pairs(),
                    pair -> new AstPair(expression(pair.key()), AstMapper.statement(pair.value()))));
            case ScriptBlock s -> new ExpressionAsts.ScriptBlockExpressionAst(s, s.extent(),
                    AstMapper.scriptBlock(s.body()));
            case Error e -> new ExpressionAsts.ErrorExpressionAst(e, e.extent(), StatementMapper.nested(e.nested()));
        };
    }

    /**
     * Whether a member access or index chain starts at a {@code $using:} variable: PowerShell's UsingExpressionAst
     * holds the whole chain ({@code $using:h.key}), jpwsh's tree only the variable.
     */
    private static boolean startsWithUsing(dev.jpwsh.language.ast.ExpressionAst expression) {
        return switch (expression) {
            case Member m -> m.target() instanceof Using || startsWithUsing(m.target());
            case InvokeMember m -> m.target() instanceof Using || startsWithUsing(m.target());
            case Index i -> i.target() instanceof Using || startsWithUsing(i.target());
            default -> false;
        };
    }

    /** The chain with its {@code $using:} variable as a plain variable. */
    private static dev.jpwsh.language.ast.ExpressionAst withoutUsing(dev.jpwsh.language.ast.ExpressionAst expression) {
        return switch (expression) {
            case Using u -> u.expression();
            case Member m -> new Member(m.extent(), withoutUsing(m.target()), m.member(), m.isStatic(),
                    m.nullConditional());
            case InvokeMember m -> new InvokeMember(m.extent(), withoutUsing(m.target()), m.member(), m.arguments(),
                    m.isStatic(), m.nullConditional(), m.genericArguments());
            case Index i -> new Index(i.extent(), withoutUsing(i.target()), i.index(), i.nullConditional());
            default -> expression;
        };
    }

    private static StringConstantType stringType(StringKind kind) {
        return switch (kind) {
            case BARE_WORD -> StringConstantType.BareWord;
            case SINGLE_QUOTED -> StringConstantType.SingleQuoted;
            case DOUBLE_QUOTED -> StringConstantType.DoubleQuoted;
            case SINGLE_QUOTED_HERE_STRING -> StringConstantType.SingleQuotedHereString;
            case DOUBLE_QUOTED_HERE_STRING -> StringConstantType.DoubleQuotedHereString;
        };
    }
}
