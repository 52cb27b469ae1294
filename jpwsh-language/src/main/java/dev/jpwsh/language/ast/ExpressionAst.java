package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.NumberLiteral;
import dev.jpwsh.language.token.TokenKind;
import java.util.List;

/** Expressions. Every expression can also stand as a command argument. */
public sealed interface ExpressionAst extends CommandElementAst {

    /** How a string was written. */
    enum StringKind {
        BARE_WORD, SINGLE_QUOTED, DOUBLE_QUOTED, SINGLE_QUOTED_HERE_STRING, DOUBLE_QUOTED_HERE_STRING
    }

    /** {@code left op right}; {@code operatorExtent} is where the operator is written, for errors about it. */
    record Binary(Extent extent, ExpressionAst left, TokenKind operator, Extent operatorExtent, ExpressionAst right)
            implements ExpressionAst {
    }

    /** {@code op child}; postfix {@code ++}/{@code --} use POSTFIX_PLUS_PLUS / POSTFIX_MINUS_MINUS. */
    record Unary(Extent extent, TokenKind operator, ExpressionAst child) implements ExpressionAst {
    }

    /** {@code condition ? ifTrue : ifFalse}. */
    record Ternary(Extent extent, ExpressionAst condition, ExpressionAst ifTrue, ExpressionAst ifFalse)
            implements ExpressionAst {
    }

    /** {@code [type] child}. */
    record Convert(Extent extent, AttributeBaseAst.TypeConstraint type, ExpressionAst child) implements ExpressionAst {
    }

    /** {@code [Attribute()] child}, such as {@code [ValidateRange(1,5)] $x} or {@code [ordered] @{}}. */
    record Attributed(Extent extent, AttributeAst attribute, ExpressionAst child) implements ExpressionAst {
    }

    record Number(Extent extent, NumberLiteral literal) implements ExpressionAst {
    }

    record StringConstant(Extent extent, String value, StringKind kind) implements ExpressionAst {
    }

    /** A string with {@code $} segments; {@code parts} alternate literal text, variables and subexpressions. */
    record ExpandableString(Extent extent, String value, StringKind kind, List<ExpressionAst> parts)
            implements ExpressionAst {
    }

    /** {@code $name} or, when {@code splatted}, {@code @name}. */
    record Variable(Extent extent, VariablePath path, boolean splatted) implements ExpressionAst {
    }

    /** {@code $using:name}, with what follows it ({@code $using:h.key}). */
    record Using(Extent extent, ExpressionAst expression) implements ExpressionAst {
    }

    /** {@code [type]} standing alone. */
    record TypeLiteral(Extent extent, TypeNameAst typeName) implements ExpressionAst {
    }

    /** {@code target.member}, {@code target::member}, {@code target?.member}. */
    record Member(Extent extent, ExpressionAst target, CommandElementAst member, boolean isStatic,
            boolean nullConditional) implements ExpressionAst {
    }

    /** {@code target.Method(args)}; {@code genericArguments} for {@code Method[T](args)}. */
    record InvokeMember(Extent extent, ExpressionAst target, CommandElementAst member, List<ExpressionAst> arguments,
            boolean isStatic, boolean nullConditional, List<TypeNameAst> genericArguments) implements ExpressionAst {
    }

    /** {@code target[index]} or {@code target?[index]}. */
    record Index(Extent extent, ExpressionAst target, ExpressionAst index, boolean nullConditional)
            implements ExpressionAst {
    }

    /** {@code a, b, c}. */
    record ArrayLiteral(Extent extent, List<ExpressionAst> elements) implements ExpressionAst {
    }

    /** {@code @( statements )}. */
    record ArrayExpression(Extent extent, StatementBlockAst body) implements ExpressionAst {
    }

    /** {@code $( statements )}. */
    record SubExpression(Extent extent, StatementBlockAst body) implements ExpressionAst {
    }

    /** {@code ( pipeline )}. */
    record Paren(Extent extent, StatementAst.PipelineBase pipeline) implements ExpressionAst {
    }

    /** {@code @{ key = value; ... }}. */
    record Hashtable(Extent extent, List<KeyValue> pairs) implements ExpressionAst {
    }

    record KeyValue(ExpressionAst key, StatementAst value) {
    }

    /** {@code { ... }}. */
    record ScriptBlock(Extent extent, ScriptBlockAst body) implements ExpressionAst {
    }

    /** What the parser kept of an expression it could not parse. */
    record Error(Extent extent, List<Ast> nested) implements ExpressionAst {
    }
}
