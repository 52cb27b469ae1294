package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code class}, {@code enum} and {@code interface} definitions and their members. */
final class ClassRule {
    private static final TokenizerMode EXPR = TokenizerMode.EXPRESSION;
    private static final TokenizerMode CMD = TokenizerMode.COMMAND;

    private final ParseContext context;
    private final TokenStream stream;

    ClassRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    // G  class-statement:   attribute-list:opt 'class' simple-name base-class-list:opt '{' class-members '}'
    // G  enum-statement:    attribute-list:opt 'enum' simple-name enum-base:opt '{' enum-members '}'
    StatementAst typeDefinition(List<AttributeAst> attributes, Token keyword, String kind) {
        int start = attributes.isEmpty() ? keyword.start() : attributes.getFirst().extent().start();
        stream.skipNewlines(CMD);
        Token name = stream.peek(EXPR);
        if (!name.is(TokenKind.IDENTIFIER)) {
            stream.incompleteAfter("MissingNameAfterKeyword", keyword, kind);
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        stream.next();
        List<AttributeBaseAst.TypeConstraint> baseTypes = new ArrayList<>();
        stream.skipNewlines(EXPR);
        if (stream.accept(TokenKind.COLON, EXPR)) {
            do {
                stream.skipNewlines(EXPR);
                Token baseName = stream.peek(TokenizerMode.TYPE_NAME);
                if (!baseName.is(TokenKind.IDENTIFIER)) {
                    stream.incompleteAfter("TypeNameExpected", stream.last());
                    break;
                }
                baseTypes.add(context.types().unbracketedType());
                stream.skipNewlines(EXPR);
            } while (stream.accept(TokenKind.COMMA, EXPR));
        }
        stream.skipNewlines(EXPR);
        if (!stream.peek(EXPR).is(TokenKind.LCURLY)) {
            stream.incompleteAfter("MissingTypeBody", stream.last(), kind);
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        Token lCurly = stream.next();
        List<TypeMemberAst> members = "enum".equals(kind) ? enumMembers() : classMembers(name.stringValue());
        if (!stream.accept(TokenKind.RCURLY, EXPR)) {
            stream.incompleteAfter("MissingEndCurlyBrace", lCurly);
        }
        return context.checks().made(new StatementAst.TypeDefinition(stream.extentFrom(start), kind,
                name.stringValue(), attributes, List.copyOf(baseTypes), members));
    }

    // G  enum-member:   new-lines:opt simple-name ('=' new-lines:opt expression):opt
    private List<TypeMemberAst> enumMembers() {
        List<TypeMemberAst> members = new ArrayList<>();
        while (true) {
            stream.skipSeparators(EXPR);
            Token token = stream.peek(EXPR);
            if (token.is(TokenKind.RCURLY) || token.is(TokenKind.END_OF_INPUT)) {
                break;
            }
            List<AttributeBaseAst> attributes = context.types().attributeList(true);
            token = stream.peek(EXPR);
            if (!token.is(TokenKind.IDENTIFIER)) {
                stream.error("UnexpectedToken", token.extent(), token.text());
                stream.next();
                continue;
            }
            stream.next();
            ExpressionAst value = null;
            stream.skipNewlines(EXPR);
            if (stream.peek(EXPR).is(TokenKind.EQUALS)) {
                Token equals = stream.next();
                stream.skipNewlines(EXPR);
                value = context.expressions().expression();
                if (value == null) {
                    stream.incompleteAfter("ExpectedValueExpression", equals, "=");
                }
            }
            members.add(new TypeMemberAst.Property(stream.extentFrom(token), token.stringValue(), List.of(),
                    customAttributes(attributes), null, value));
        }
        return List.copyOf(members);
    }

    // G  class-member:   attribute-list:opt member-modifiers:opt (property-declaration | method-declaration)
    private List<TypeMemberAst> classMembers(String className) {
        List<TypeMemberAst> members = new ArrayList<>();
        while (true) {
            stream.skipSeparators(EXPR);
            Token first = stream.peek(EXPR);
            if (first.is(TokenKind.RCURLY) || first.is(TokenKind.END_OF_INPUT)) {
                break;
            }
            TypeMemberAst member = classMember(className, first);
            if (member == null) {
                // ErrorRecovery: skip the token that starts no member.
                if (stream.peek(EXPR) == first) {
                    stream.next();
                }
                continue;
            }
            members.add(member);
        }
        return List.copyOf(members);
    }

    private TypeMemberAst classMember(String className, Token first) {
        List<AttributeAst> attributes = new ArrayList<>();
        AttributeBaseAst.TypeConstraint type = null;
        List<String> modifiers = new ArrayList<>();
        while (true) {
            stream.skipNewlines(EXPR);
            Token token = stream.peek(EXPR);
            if (token.is(TokenKind.LBRACKET)) {
                AttributeBaseAst attribute = context.types().attributeOrTypeConstraint(stream.next());
                if (attribute instanceof AttributeAst custom) {
                    attributes.add(custom);
                } else if (attribute instanceof AttributeBaseAst.TypeConstraint constraint) {
                    type = constraint;
                }
                continue;
            }
            String word = token.is(TokenKind.IDENTIFIER) ? token.stringValue().toLowerCase(Locale.ROOT) : "";
            if (word.equals("static") || word.equals("hidden")) {
                stream.next();
                modifiers.add(word);
                continue;
            }
            break;
        }
        Token name = stream.peek(EXPR);
        if (name.is(TokenKind.VARIABLE)) {
            stream.next();
            return property(first, name, modifiers, attributes, type);
        }
        if (name.is(TokenKind.IDENTIFIER)) {
            stream.next();
            return method(className, first, name, modifiers, attributes, type);
        }
        stream.incompleteAfter("IncompleteMemberDefinition", stream.last());
        return null;
    }

    private TypeMemberAst property(Token first, Token variable, List<String> modifiers, List<AttributeAst> attributes,
            AttributeBaseAst.TypeConstraint type) {
        ExpressionAst initial = null;
        if (stream.peek(EXPR).is(TokenKind.EQUALS)) {
            Token equals = stream.next();
            stream.skipNewlines(CMD);
            StatementAst.PipelineBase value = context.pipelines().pipelineChain();
            if (value == null) {
                stream.incompleteAfter("ExpectedValueExpression", equals, "=");
            } else {
                initial = asExpression(value);
            }
        }
        return new TypeMemberAst.Property(stream.extentFrom(first), variable.stringValue(), List.copyOf(modifiers),
                List.copyOf(attributes), type, initial);
    }

    /** A property initializer is a pipeline; a plain expression pipeline stands as its expression. */
    private static ExpressionAst asExpression(StatementAst.PipelineBase value) {
        if (value instanceof StatementAst.Pipeline p && p.elements().size() == 1
                && p.elements().getFirst() instanceof dev.jpwsh.language.ast.PipelineElementAst.CommandExpression c) {
            return c.expression();
        }
        return new ExpressionAst.SubExpression(value.extent(),
                new dev.jpwsh.language.ast.StatementBlockAst(value.extent(), List.of(value), List.of()));
    }

    // G  method-declaration:   simple-name '(' parameter-list:opt ')' (':' 'base' '(' arguments ')'):opt '{' script-block '}'
    private TypeMemberAst method(String className, Token first, Token name, List<String> modifiers,
            List<AttributeAst> attributes, AttributeBaseAst.TypeConstraint returnType) {
        if (!stream.peek(EXPR).is(TokenKind.LPAREN)) {
            stream.incompleteAfter("MissingMethodParameterList", name);
            return null;
        }
        Token lParen = stream.next();
        List<ParameterAst> parameters = context.scriptBlocks().parameterList();
        stream.skipNewlines(EXPR);
        if (!stream.accept(TokenKind.RPAREN, EXPR)) {
            Extent after = parameters.isEmpty() ? lParen.extent() : parameters.getLast().extent();
            stream.incompleteAfter("MissingEndParenthesisInFunctionParameterList", after);
        }
        boolean constructor = name.stringValue().equalsIgnoreCase(className);
        List<ExpressionAst> baseArguments = null;
        stream.skipNewlines(EXPR);
        if (constructor && stream.accept(TokenKind.COLON, EXPR)) {
            stream.skipNewlines(EXPR);
            Token base = stream.peek(EXPR);
            if (!base.is(TokenKind.IDENTIFIER) || !base.stringValue().equalsIgnoreCase("base")) {
                stream.incompleteAfter("MissingBaseCtorCall", stream.last());
                return null;
            }
            stream.next();
            baseArguments = baseArguments();
            stream.skipNewlines(EXPR);
        }
        if (!stream.peek(EXPR).is(TokenKind.LCURLY)) {
            stream.incompleteAfter("MissingFunctionBody", stream.last());
            return null;
        }
        Token lCurly = stream.next();
        ScriptBlockAst body = context.scriptBlocks().scriptBlock(lCurly, false);
        return context.checks().made(new TypeMemberAst.Method(stream.extentFrom(first), name.stringValue(),
                List.copyOf(modifiers), List.copyOf(attributes), returnType, parameters, constructor, baseArguments,
                body));
    }

    private List<ExpressionAst> baseArguments() {
        List<ExpressionAst> arguments = new ArrayList<>();
        stream.skipNewlines(EXPR);
        if (!stream.accept(TokenKind.LPAREN, EXPR)) {
            stream.incompleteAfter("MissingMethodParameterList", stream.last());
            return List.of();
        }
        stream.skipNewlines(EXPR);
        if (stream.accept(TokenKind.RPAREN, EXPR)) {
            return List.of();
        }
        do {
            stream.skipNewlines(EXPR);
            ExpressionAst argument = context.expressions().withoutComma();
            if (argument == null) {
                break;
            }
            arguments.add(argument);
            stream.skipNewlines(EXPR);
        } while (stream.accept(TokenKind.COMMA, EXPR));
        if (!stream.accept(TokenKind.RPAREN, EXPR)) {
            stream.incompleteAfter("MissingEndParenthesisInMethodCall", stream.last());
        }
        return List.copyOf(arguments);
    }

    private static List<AttributeAst> customAttributes(List<AttributeBaseAst> attributes) {
        return attributes.stream().filter(AttributeAst.class::isInstance).map(AttributeAst.class::cast).toList();
    }
}
