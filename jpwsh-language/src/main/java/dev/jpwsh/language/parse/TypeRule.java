package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedAttributeArgumentAst;
import dev.jpwsh.language.ast.TypeNameAst;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;

/** Type names in brackets, type constraints and attributes. */
final class TypeRule {
    private static final TokenizerMode TYPE = TokenizerMode.TYPE_NAME;
    private static final TokenizerMode EXPR = TokenizerMode.EXPRESSION;

    private final ParseContext context;
    private final TokenStream stream;

    TypeRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    /** Whether {@code type} is {@code [ordered]}, which pwsh allows only on a hash literal. */
    static boolean isOrdered(AttributeBaseAst.TypeConstraint type) {
        return type.typeName().fullName().equalsIgnoreCase("ordered");
    }

    // G  attribute-list:   attribute | attribute-list new-lines:opt attribute
    /** Attributes and type constraints in a row; stops (consuming nothing more) at anything else. */
    List<AttributeBaseAst> attributeList(boolean expressionMode) {
        TokenizerMode mode = expressionMode ? EXPR : TokenizerMode.COMMAND;
        List<AttributeBaseAst> attributes = new ArrayList<>();
        while (true) {
            TokenStream.Mark mark = stream.mark();
            stream.skipNewlines(mode);
            if (!stream.peek(mode).is(TokenKind.LBRACKET)) {
                stream.rewind(mark);
                break;
            }
            Token lBracket = stream.next();
            if (!stream.peek(TYPE).is(TokenKind.IDENTIFIER)) {
                stream.rewind(mark);
                break;
            }
            AttributeBaseAst attribute = attributeOrTypeConstraint(lBracket);
            if (attribute == null) {
                break;
            }
            attributes.add(attribute);
        }
        return List.copyOf(attributes);
    }

    // G  attribute:   '[' new-lines:opt attribute-name '(' attribute-arguments new-lines:opt ')' new-lines:opt ']'
    // G               type-literal
    /** After {@code [}: {@code Name(args)]} or {@code type]}; null after reporting a missing type name. */
    AttributeBaseAst attributeOrTypeConstraint(Token lBracket) {
        TypeNameAst.Simple name = simpleName(lBracket);
        if (name == null) {
            return null;
        }
        if (stream.peek(TYPE).is(TokenKind.LPAREN) && !stream.peek(TYPE).followsSpace()) {
            stream.next();
            List<ExpressionAst> positional = new ArrayList<>();
            List<NamedAttributeArgumentAst> named = new ArrayList<>();
            attributeArguments(positional, named);
            closeBracket(lBracket);
            return context.checks().made(new AttributeAst(stream.extentFrom(lBracket), name, List.copyOf(positional),
                    List.copyOf(named)));
        }
        TypeNameAst type = finishTypeName(name);
        skipAssemblyName();
        closeBracket(lBracket);
        return new AttributeBaseAst.TypeConstraint(stream.extentFrom(lBracket), type);
    }

    /** {@code [Type, Assembly, Version=...]}: the assembly part is accepted and not kept. */
    private void skipAssemblyName() {
        if (!stream.peek(TYPE).is(TokenKind.COMMA)) {
            return;
        }
        while (true) {
            Token t = stream.peek(TYPE);
            if (t.is(TokenKind.RBRACKET) || t.is(TokenKind.END_OF_INPUT) || t.is(TokenKind.NEW_LINE)) {
                return;
            }
            stream.next();
        }
    }

    /** After {@code [}: a type name and {@code ]}, as in {@code catch [T]} and {@code trap [T]}. */
    AttributeBaseAst.TypeConstraint typeConstraint(Token lBracket) {
        TypeNameAst.Simple name = simpleName(lBracket);
        if (name == null) {
            return new AttributeBaseAst.TypeConstraint(lBracket.extent(), new TypeNameAst.Simple(lBracket.extent(), ""));
        }
        TypeNameAst type = finishTypeName(name);
        closeBracket(lBracket);
        return new AttributeBaseAst.TypeConstraint(stream.extentFrom(lBracket), type);
    }

    /** A type name written without brackets, such as a base class after {@code :}. */
    AttributeBaseAst.TypeConstraint unbracketedType() {
        Token name = stream.next(TYPE);
        TypeNameAst type = finishTypeName(new TypeNameAst.Simple(name.extent(), name.stringValue()));
        return new AttributeBaseAst.TypeConstraint(stream.extentFrom(name), type);
    }

    private TypeNameAst.Simple simpleName(Token lBracket) {
        stream.skipNewlines(TYPE);
        Token name = stream.peek(TYPE);
        if (!name.is(TokenKind.IDENTIFIER)) {
            stream.incomplete("MissingTypename", name.extent(), name);
            return null;
        }
        stream.next();
        return new TypeNameAst.Simple(name.extent(), name.stringValue());
    }

    private void closeBracket(Token lBracket) {
        if (!stream.accept(TokenKind.RBRACKET, TYPE)) {
            stream.incomplete("EndSquareBracketExpectedAtEndOfAttribute",
                    stream.source().extent(stream.offsetAfterLast(), stream.offsetAfterLast()), stream.peek(TYPE));
        }
    }

    // G  type-name:   type-identifier | type-name '.' type-identifier
    // G  generic-type-name:   type-name '[' generic-type-arguments ']'
    // G  array-type-name:   type-name '[' dimension:opt ']'
    private TypeNameAst finishTypeName(TypeNameAst.Simple name) {
        TypeNameAst type = name;
        int levels = 0;
        try {
            while (stream.peek(TYPE).is(TokenKind.LBRACKET)) {
                Token open = stream.next();
                Token next = stream.peek(TYPE);
                if (next.is(TokenKind.RBRACKET) || next.is(TokenKind.COMMA)) {
                    // each [] wraps the type in one more array type: one more level
                    stream.enter(open);
                    levels++;
                    int rank = 1;
                    while (stream.accept(TokenKind.COMMA, TYPE)) {
                        rank++;
                    }
                    if (!stream.accept(TokenKind.RBRACKET, TYPE)) {
                        stream.incomplete("MissingEndSquareBracket", stream.peek(TYPE).extent(), stream.peek(TYPE));
                    }
                    type = new TypeNameAst.Array(stream.extentFrom(name.extent().start()), type, rank);
                } else if (type instanceof TypeNameAst.Simple simple) {
                    List<TypeNameAst> arguments = genericArguments(open);
                    type = new TypeNameAst.Generic(stream.extentFrom(name.extent().start()), simple, arguments);
                } else {
                    stream.error("UnexpectedToken", open.extent(), open.text());
                    return type;
                }
            }
            return type;
        } finally {
            stream.leave(levels);
        }
    }

    // G  generic-type-arguments:   type-spec new-lines:opt | generic-type-arguments ',' new-lines:opt type-spec
    private List<TypeNameAst> genericArguments(Token open) {
        List<TypeNameAst> arguments = new ArrayList<>();
        while (true) {
            stream.skipNewlines(TYPE);
            TypeNameAst argument;
            if (stream.peek(TYPE).is(TokenKind.LBRACKET)) {
                Token inner = stream.next();
                TypeNameAst.Simple simple = simpleName(inner);
                if (simple == null) {
                    break;
                }
                argument = stream.deeper(inner, () -> finishTypeName(simple));
                closeBracket(inner);
            } else {
                TypeNameAst.Simple simple = simpleName(open);
                if (simple == null) {
                    break;
                }
                argument = stream.deeper(open, () -> finishTypeName(simple));
            }
            arguments.add(argument);
            stream.skipNewlines(TYPE);
            if (!stream.accept(TokenKind.COMMA, TYPE)) {
                break;
            }
        }
        if (!stream.accept(TokenKind.RBRACKET, TYPE)) {
            stream.incomplete("EndSquareBracketExpectedAtEndOfType", stream.peek(TYPE).extent(), stream.peek(TYPE));
        }
        return List.copyOf(arguments);
    }

    /** {@code [T1, T2]} after a method name: the type arguments of a generic method call. */
    List<TypeNameAst> genericMethodArguments(Token open) {
        return genericArguments(open);
    }

    // G  attribute-arguments:   attribute-argument | attribute-argument new-lines:opt ',' attribute-arguments
    // G  attribute-argument:   new-lines:opt expression | new-lines:opt simple-name | simple-name '=' new-lines:opt expression
    private void attributeArguments(List<ExpressionAst> positional, List<NamedAttributeArgumentAst> named) {
        stream.skipNewlines(EXPR);
        if (stream.accept(TokenKind.RPAREN, EXPR)) {
            return;
        }
        while (true) {
            stream.skipNewlines(EXPR);
            Token token = stream.peek(EXPR);
            if (token.is(TokenKind.IDENTIFIER)) {
                TokenStream.Mark mark = stream.mark();
                stream.next();
                stream.skipNewlines(EXPR);
                Token after = stream.peek(EXPR);
                if (after.is(TokenKind.EQUALS)) {
                    stream.next();
                    stream.skipNewlines(EXPR);
                    ExpressionAst value = context.expressions().withoutComma();
                    if (value == null) {
                        stream.incompleteAfter("MissingExpressionInNamedArgument", after);
                        value = new ExpressionAst.Error(after.extent(), List.of());
                    }
                    named.add(new NamedAttributeArgumentAst(stream.extentFrom(token), token.stringValue(), value, false));
                } else if (after.is(TokenKind.COMMA) || after.is(TokenKind.RPAREN)) {
                    named.add(new NamedAttributeArgumentAst(token.extent(), token.stringValue(),
                            new ExpressionAst.Variable(token.extent(),
                                    dev.jpwsh.language.ast.VariablePath.parse("true"), false), true));
                } else {
                    stream.rewind(mark);
                    positional(positional);
                }
            } else if (!positional(positional)) {
                break;
            }
            stream.skipNewlines(EXPR);
            if (!stream.accept(TokenKind.COMMA, EXPR)) {
                break;
            }
        }
        stream.skipNewlines(EXPR);
        if (!stream.accept(TokenKind.RPAREN, EXPR)) {
            stream.incomplete("MissingEndParenthesisInExpression",
                    stream.source().extent(stream.offsetAfterLast(), stream.offsetAfterLast()), stream.peek(EXPR));
        }
    }

    private boolean positional(List<ExpressionAst> positional) {
        ExpressionAst value = context.expressions().withoutComma();
        if (value == null) {
            return false;
        }
        positional.add(value);
        return true;
    }
}
