package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ExpressionAst.StringKind;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.TypeNameAst;
import dev.jpwsh.language.ast.VariablePath;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.StringPart;
import dev.jpwsh.language.token.NumberLiteral;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Expressions: ternary, binary operators by precedence, array literals, unary operators, casts, primaries. */
final class ExpressionRule {
    private static final TokenizerMode EXPR = TokenizerMode.EXPRESSION;
    private static final TokenizerMode CMD = TokenizerMode.COMMAND;

    private final ParseContext context;
    private final TokenStream stream;

    ExpressionRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    // G  expression:   logical-expression | ternary-expression
    // G  ternary-expression:
    // G      binary-expression '?' new-lines:opt ternary-expression new-lines:opt ':' new-lines:opt ternary-expression
    /** An expression, or null (consuming nothing) when none starts here. */
    ExpressionAst expression() {
        return ternary();
    }

    private ExpressionAst ternary() {
        ExpressionAst condition = binary();
        if (condition == null || !stream.peek(EXPR).is(TokenKind.QUESTION_MARK)) {
            return condition;
        }
        Token question = stream.next();
        stream.skipNewlines(EXPR);
        ExpressionAst ifTrue = stream.deeper(question, this::expression);
        if (ifTrue == null) {
            stream.incompleteAfter("ExpectedValueExpression", question, question.text());
            return new ExpressionAst.Error(stream.extentFrom(condition.extent().start()), List.of(condition));
        }
        stream.skipNewlines(EXPR);
        Token colon = stream.peek(EXPR);
        if (!colon.is(TokenKind.COLON)) {
            stream.incomplete("MissingColonInTernaryExpression", colon.extent(), colon);
            return new ExpressionAst.Error(stream.extentFrom(condition.extent().start()), List.of(condition, ifTrue));
        }
        stream.next();
        stream.skipNewlines(EXPR);
        ExpressionAst ifFalse = stream.deeper(colon, this::expression);
        if (ifFalse == null) {
            stream.incompleteAfter("ExpectedValueExpression", colon, colon.text());
            return new ExpressionAst.Error(stream.extentFrom(condition.extent().start()), List.of(condition, ifTrue));
        }
        return new ExpressionAst.Ternary(condition.extent().to(ifFalse.extent()), condition, ifTrue, ifFalse);
    }

    // G  binary-expression:   array-literal-expression | binary-expression operator new-lines:opt array-literal-expression
    private ExpressionAst binary() {
        ExpressionAst left = arrayLiteral();
        return left == null ? null : climb(left, 1, true);
    }

    /**
     * Precedence climbing: every binary operator is left-associative. Operands are array literals, or unary
     * expressions where commas separate method arguments.
     */
    private ExpressionAst climb(ExpressionAst left, int minPrecedence, boolean arrayOperands) {
        int levels = 0;
        try {
            while (true) {
                Token operator = stream.peek(EXPR);
                int precedence = operator.kind().binaryPrecedence();
                if (precedence < minPrecedence || precedence == 0) {
                    return left;
                }
                stream.next();
                stream.enter(operator);
                levels++;
                stream.skipNewlines(EXPR);
                ExpressionAst right = arrayOperands ? arrayLiteral() : unary();
                if (right == null) {
                    // ErrorRecovery: keep the left operand and stop.
                    stream.incompleteAfter("ExpectedValueExpression", operator, operator.text());
                    return new ExpressionAst.Error(stream.extentFrom(left.extent().start()), List.of(left));
                }
                while (stream.peek(EXPR).kind().binaryPrecedence() > precedence) {
                    right = climb(right, stream.peek(EXPR).kind().binaryPrecedence(), arrayOperands);
                }
                left = new ExpressionAst.Binary(left.extent().to(right.extent()), left, operator.kind(),
                        operator.extent(), right);
            }
        } finally {
            stream.leave(levels);
        }
    }

    // G  array-literal-expression:   unary-expression | unary-expression ',' new-lines:opt array-literal-expression
    private ExpressionAst arrayLiteral() {
        ExpressionAst first = unary();
        if (first == null || !stream.peek(EXPR).is(TokenKind.COMMA)) {
            return first;
        }
        List<ExpressionAst> elements = new ArrayList<>();
        elements.add(first);
        while (stream.peek(EXPR).is(TokenKind.COMMA)) {
            Token comma = stream.next();
            stream.skipNewlines(EXPR);
            ExpressionAst next = unary();
            if (next == null) {
                stream.incompleteAfter("MissingExpressionAfterToken", comma, ",");
                break;
            }
            elements.add(next);
        }
        return new ExpressionAst.ArrayLiteral(first.extent().to(elements.getLast().extent()), List.copyOf(elements));
    }

    // G  unary-expression:   primary-expression | expression-with-unary-operator
    ExpressionAst unary() {
        Token token = stream.peek(EXPR);
        stream.enter(token);
        try {
            return unary(token);
        } finally {
            stream.leave();
        }
    }

    /**
     * A sign written right before a number ({@code -10y}, {@code -2147483648}, {@code +5}) is part of the number, as
     * pwsh's tokenizer reads a signed number where a unary expression starts: the literal is read with its sign, so
     * it keeps its type ({@code -10y} is an sbyte, {@code -2147483648} an int, {@code -0.0} a negative zero). Null
     * when the operand is not a number right after the sign.
     */
    private static ExpressionAst signedNumber(Token sign, ExpressionAst operand) {
        if (!(sign.is(TokenKind.MINUS) || sign.is(TokenKind.PLUS)) || sign.extent().end() - sign.extent().start() != 1
                || !(operand instanceof ExpressionAst.Number number)
                || number.extent().start() != sign.extent().end()
                || !startsWithDigits(number)) {
            return null;
        }
        NumberLiteral literal = NumberLiteral.signed(number.extent().source().text(), number.extent().start(),
                sign.is(TokenKind.MINUS));
        return literal == null ? null : new ExpressionAst.Number(sign.extent().to(number.extent()), literal);
    }

    /** Whether a number's text starts with its digits, not with a sign of its own ({@code -2} in {@code +-2}). */
    private static boolean startsWithDigits(ExpressionAst.Number number) {
        char first = number.extent().source().text().charAt(number.extent().start());
        return Character.isDigit(first) || first == '.';
    }

    private ExpressionAst unary(Token token) {
        switch (token.kind()) {
            case EXCLAIM, NOT, BNOT, MINUS, PLUS, JOIN, ISPLIT, CSPLIT, COMMA, PLUS_PLUS, MINUS_MINUS: {
                stream.next();
                stream.skipNewlines(EXPR);
                ExpressionAst child = unary();
                if (child == null) {
                    stream.incompleteAfter("MissingExpressionAfterOperator", token, token.text());
                    return new ExpressionAst.Error(token.extent(), List.of());
                }
                ExpressionAst signed = signedNumber(token, child);
                return signed != null ? signed
                        : context.checks().made(new ExpressionAst.Unary(token.extent().to(child.extent()),
                                token.kind(), child));
            }
            default:
                break;
        }
        ExpressionAst primary = token.is(TokenKind.LBRACKET) ? bracketed(stream.next()) : primary(EXPR);
        if (primary == null) {
            return null;
        }
        Token postfix = stream.peek(EXPR);
        if (postfix.is(TokenKind.PLUS_PLUS) || postfix.is(TokenKind.MINUS_MINUS)) {
            stream.next();
            return context.checks().made(new ExpressionAst.Unary(primary.extent().to(postfix.extent()),
                    postfix.is(TokenKind.PLUS_PLUS) ? TokenKind.POSTFIX_PLUS_PLUS : TokenKind.POSTFIX_MINUS_MINUS,
                    primary));
        }
        return primary;
    }

    /** After {@code [}: a type literal (with member access), a cast, or an attributed expression. */
    private ExpressionAst bracketed(Token lBracket) {
        AttributeBaseAst attribute = context.types().attributeOrTypeConstraint(lBracket);
        if (attribute == null) {
            return new ExpressionAst.Error(stream.extentFrom(lBracket), List.of());
        }
        Token next = stream.peek(EXPR);
        if (attribute instanceof AttributeAst custom) {
            stream.skipNewlines(EXPR);
            ExpressionAst child = unary();
            if (child == null) {
                stream.incompleteAfter("UnexpectedAttribute", custom.extent(), custom.typeName().fullName());
                return new ExpressionAst.Error(custom.extent(), List.of(custom));
            }
            return new ExpressionAst.Attributed(custom.extent().to(child.extent()), custom, child);
        }
        AttributeBaseAst.TypeConstraint type = (AttributeBaseAst.TypeConstraint) attribute;
        boolean adjacent = !next.followsSpace();
        if (adjacent && (next.is(TokenKind.DOT) || next.is(TokenKind.COLON_COLON) || next.is(TokenKind.QUESTION_DOT)
                )) {
            return postfix(new ExpressionAst.TypeLiteral(type.extent(), type.typeName()));
        }
        // as pwsh's parser: a comma after a type ends it ([int],[string] is two types), never starts a cast operand
        if (startsCastOperand(next)) {
            ExpressionAst child = unary();
            if (child != null) {
                Extent extent = type.extent().to(child.extent());
                if (TypeRule.isOrdered(type) && !(child instanceof ExpressionAst.Hashtable)) {
                    stream.error("OrderedAttributeOnlyOnHashLiteralNode", extent, type.typeName().fullName());
                }
                return context.checks().made(new ExpressionAst.Convert(extent, type, child));
            }
        }
        return new ExpressionAst.TypeLiteral(type.extent(), type.typeName());
    }

    private static boolean startsCastOperand(Token token) {
        return switch (token.kind()) {
            case VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL, HERE_STRING_EXPANDABLE,
                 LPAREN, AT_PAREN, DOLLAR_PAREN, AT_CURLY, LCURLY, LBRACKET, EXCLAIM, NOT, BNOT, MINUS, PLUS,
                 PLUS_PLUS, MINUS_MINUS, JOIN, ISPLIT, CSPLIT -> true;
            default -> false;
        };
    }

    /** A primary expression with its postfix member access, as a command argument (peeked in argument mode). */
    ExpressionAst primaryInArgumentMode() {
        stream.enter(stream.peek(CMD));
        try {
            return primary(CMD);
        } finally {
            stream.leave();
        }
    }

    // G  primary-expression:   value | member-access | element-access | invocation-expression | post-increment ...
    private ExpressionAst primary(TokenizerMode mode) {
        Token token = stream.peek(mode);
        ExpressionAst value = switch (token.kind()) {
            case VARIABLE -> variableOrUsing(stream.next());
            case SPLATTED_VARIABLE -> splatted(stream.next(), mode);
            case NUMBER -> {
                stream.next();
                yield new ExpressionAst.Number(token.extent(), (dev.jpwsh.language.token.NumberLiteral) token.value());
            }
            case STRING_LITERAL -> constant(stream.next(), StringKind.SINGLE_QUOTED);
            case HERE_STRING_LITERAL -> constant(stream.next(), StringKind.SINGLE_QUOTED_HERE_STRING);
            case STRING_EXPANDABLE -> expandable(stream.next(), StringKind.DOUBLE_QUOTED);
            case HERE_STRING_EXPANDABLE -> expandable(stream.next(), StringKind.DOUBLE_QUOTED_HERE_STRING);
            case LPAREN -> paren(stream.next());
            case AT_PAREN, DOLLAR_PAREN -> subExpression(stream.next());
            case AT_CURLY -> hashtable(stream.next());
            case LCURLY -> scriptBlock(stream.next());
            default -> null;
        };
        return value == null ? null : postfix(value);
    }

    private ExpressionAst splatted(Token token, TokenizerMode mode) {
        if (mode == EXPR) {
            stream.error("SplattingNotPermitted", token.extent(), token.stringValue());
        }
        return new ExpressionAst.Variable(token.extent(), VariablePath.parse(token.stringValue()), true);
    }

    private ExpressionAst constant(Token token, StringKind kind) {
        return new ExpressionAst.StringConstant(token.extent(), token.stringValue(), kind);
    }

    ExpressionAst.Variable variable(Token token) {
        return new ExpressionAst.Variable(token.extent(), VariablePath.parse(token.stringValue()), false);
    }

    private ExpressionAst variableOrUsing(Token token) {
        ExpressionAst.Variable variable = variable(token);
        return variable.path().isQualified("using") ? new ExpressionAst.Using(token.extent(), variable) : variable;
    }

    /**
     * Member access, method calls and indexing written right after an expression, without white space. Each makes
     * the tree one level deeper, so each is a nesting level.
     */
    private ExpressionAst postfix(ExpressionAst target) {
        ExpressionAst expression = target;
        int levels = 0;
        try {
            while (true) {
                Token token = stream.peek(EXPR);
                if (token.followsSpace()) {
                    return expression;
                }
                switch (token.kind()) {
                    case DOT, COLON_COLON, QUESTION_DOT -> {
                        stream.enter(token);
                        levels++;
                        expression = member(expression, stream.next());
                    }
                    case LBRACKET, QUESTION_LBRACKET -> {
                        if (expression instanceof ExpressionAst.TypeLiteral) {
                            return expression;
                        }
                        stream.enter(token);
                        levels++;
                        expression = index(expression, stream.next());
                    }
                    default -> {
                        return expression;
                    }
                }
            }
        } finally {
            stream.leave(levels);
        }
    }

    // G  member-access:   primary-expression '.' member-name | primary-expression '::' member-name
    private ExpressionAst member(ExpressionAst target, Token operator) {
        boolean isStatic = operator.is(TokenKind.COLON_COLON);
        boolean nullConditional = operator.is(TokenKind.QUESTION_DOT);
        stream.skipNewlines(TokenizerMode.MEMBER);
        Token nameToken = stream.peek(TokenizerMode.MEMBER);
        CommandElementAst name;
        name = switch (nameToken.kind()) {
                case IDENTIFIER -> {
                    stream.next();
                    yield new ExpressionAst.StringConstant(nameToken.extent(), nameToken.stringValue(),
                            StringKind.BARE_WORD);
                }
                case VARIABLE, STRING_LITERAL, STRING_EXPANDABLE, LPAREN, DOLLAR_PAREN, AT_PAREN, LCURLY ->
                        primaryNoPostfix(TokenizerMode.MEMBER);
                default -> null;
            };
        if (name == null) {
            stream.incompleteAfter("MissingPropertyName", operator);
            return new ExpressionAst.Error(stream.extentFrom(target.extent().start()), List.of(target));
        }
        List<TypeNameAst> genericArguments = List.of();
        Token next = stream.peek(EXPR);
        if (!next.followsSpace() && next.is(TokenKind.LBRACKET) && isGenericMethodCall()) {
            genericArguments = context.types().genericMethodArguments(stream.next());
            next = stream.peek(EXPR);
        }
        if (!next.followsSpace() && next.is(TokenKind.LCURLY)) {
            List<ExpressionAst> arguments = List.of(scriptBlock(stream.next()));
            return new ExpressionAst.InvokeMember(stream.extentFrom(target.extent().start()), target, name, arguments,
                    isStatic, nullConditional, genericArguments);
        }
        if (!next.followsSpace() && next.is(TokenKind.LPAREN)) {
            List<ExpressionAst> arguments = invocationArguments(stream.next());
            return new ExpressionAst.InvokeMember(stream.extentFrom(target.extent().start()), target, name, arguments,
                    isStatic, nullConditional, genericArguments);
        }
        return new ExpressionAst.Member(stream.extentFrom(target.extent().start()), target, name, isStatic,
                nullConditional);
    }

    /** {@code .Method[T](...)}: brackets after a member name followed by a parenthesis are type arguments. */
    private boolean isGenericMethodCall() {
        String text = stream.source().text();
        int i = stream.peek(EXPR).start();
        int depth = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1 < text.length() && text.charAt(i + 1) == '(';
            } else if (c == '\n' || c == '$' || c == '"' || c == '\'') {
                return false;
            }
        }
        return false;
    }

    private ExpressionAst primaryNoPostfix(TokenizerMode mode) {
        Token token = stream.peek(mode);
        return switch (token.kind()) {
            case VARIABLE -> variable(stream.next());
            case STRING_LITERAL -> constant(stream.next(), StringKind.SINGLE_QUOTED);
            case STRING_EXPANDABLE -> expandable(stream.next(), StringKind.DOUBLE_QUOTED);
            case LPAREN -> paren(stream.next());
            case DOLLAR_PAREN, AT_PAREN -> subExpression(stream.next());
            case LCURLY -> scriptBlock(stream.next());
            default -> null;
        };
    }

    // G  invocation-expression:   primary-expression '.' member-name argument-list
    // G  argument-list:   '(' argument-expression-list:opt new-lines:opt ')'
    private List<ExpressionAst> invocationArguments(Token lParen) {
        List<ExpressionAst> arguments = new ArrayList<>();
        stream.skipNewlines(EXPR);
        if (stream.accept(TokenKind.RPAREN, EXPR)) {
            return List.of();
        }
        while (true) {
            stream.skipNewlines(EXPR);
            ExpressionAst argument = withoutComma();
            if (argument == null) {
                stream.incompleteAfter("MissingExpressionAfterToken", stream.last(), stream.last().text());
                break;
            }
            arguments.add(argument);
            stream.skipNewlines(EXPR);
            if (!stream.accept(TokenKind.COMMA, EXPR)) {
                break;
            }
        }
        stream.skipNewlines(EXPR);
        if (!stream.accept(TokenKind.RPAREN, EXPR)) {
            stream.incomplete("MissingEndParenthesisInMethodCall", afterLast(), stream.peek(EXPR));
        }
        return List.copyOf(arguments);
    }

    private Extent afterLast() {
        int end = stream.offsetAfterLast();
        return stream.source().extent(end, end);
    }

    /** A method argument: a full expression in which commas separate arguments instead of building arrays. */
    ExpressionAst withoutComma() {
        return methodArgument();
    }

    private ExpressionAst methodArgument() {
        ExpressionAst first = unary();
        if (first == null) {
            return null;
        }
        ExpressionAst left = climb(first, 1, false);
        if (!stream.peek(EXPR).is(TokenKind.QUESTION_MARK)) {
            return left;
        }
        Token question = stream.next();
        stream.skipNewlines(EXPR);
        ExpressionAst ifTrue = stream.deeper(question, this::expression);
        stream.skipNewlines(EXPR);
        if (ifTrue == null || !stream.accept(TokenKind.COLON, EXPR)) {
            stream.incompleteAfter("MissingColonInTernaryExpression", question);
            return left;
        }
        stream.skipNewlines(EXPR);
        ExpressionAst ifFalse = stream.deeper(question, this::withoutComma);
        if (ifFalse == null) {
            return left;
        }
        return new ExpressionAst.Ternary(left.extent().to(ifFalse.extent()), left, ifTrue, ifFalse);
    }

    // G  element-access:   primary-expression '[' new-lines:opt expression new-lines:opt ']'
    private ExpressionAst index(ExpressionAst target, Token lBracket) {
        stream.skipNewlines(EXPR);
        ExpressionAst index = expression();
        if (index == null) {
            stream.incompleteAfter("MissingArrayIndexExpression", lBracket);
            index = new ExpressionAst.Error(afterLast(), List.of());
        }
        stream.skipNewlines(EXPR);
        if (!stream.accept(TokenKind.RBRACKET, EXPR)) {
            stream.incomplete("MissingEndSquareBracket", afterLast(), stream.peek(EXPR));
        }
        return new ExpressionAst.Index(stream.extentFrom(target.extent().start()), target, index,
                lBracket.is(TokenKind.QUESTION_LBRACKET));
    }

    // G  parenthesized-expression:   '(' new-lines:opt pipeline-chain new-lines:opt ')'
    private ExpressionAst paren(Token lParen) {
        stream.skipNewlines(CMD);
        StatementAst.PipelineBase pipeline = context.pipelines().pipelineChain();
        stream.skipNewlines(CMD);
        if (pipeline == null) {
            Token next = stream.peek(CMD);
            stream.incompleteAfter("ExpectedExpression", lParen);
            stream.accept(TokenKind.RPAREN, CMD);
            return new ExpressionAst.Error(stream.extentFrom(lParen), List.of());
        }
        if (!stream.accept(TokenKind.RPAREN, CMD)) {
            stream.incompleteAfter("MissingEndParenthesisInExpression", pipeline.extent());
        }
        return new ExpressionAst.Paren(stream.extentFrom(lParen), pipeline);
    }

    // G  sub-expression:   '$(' new-lines:opt statement-list:opt new-lines:opt ')'
    // G  array-expression:   '@(' new-lines:opt statement-list:opt new-lines:opt ')'
    private ExpressionAst subExpression(Token open) {
        StatementBlockAst body = context.scriptBlocks().statementsUntilClose(open.end());
        if (!stream.accept(TokenKind.RPAREN, CMD)) {
            stream.incomplete("MissingEndParenthesisInSubexpression", stream.peek(CMD).extent(), stream.peek(CMD));
        }
        Extent extent = stream.extentFrom(open);
        return open.is(TokenKind.AT_PAREN) ? new ExpressionAst.ArrayExpression(extent, body)
                : new ExpressionAst.SubExpression(extent, body);
    }

    private ExpressionAst scriptBlock(Token lCurly) {
        ScriptBlockAst body = context.scriptBlocks().scriptBlock(lCurly, false);
        return new ExpressionAst.ScriptBlock(body.extent(), body);
    }

    // G  hash-literal-expression:   '@{' new-lines:opt hash-literal-body:opt new-lines:opt '}'
    // G  hash-entry:   key-expression '=' new-lines:opt statement
    private ExpressionAst hashtable(Token atCurly) {
        List<ExpressionAst.KeyValue> pairs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (true) {
            stream.skipSeparators(EXPR);
            Token token = stream.peek(EXPR);
            if (token.is(TokenKind.RCURLY)) {
                stream.next();
                break;
            }
            ExpressionAst key = hashKey(token);
            if (key == null) {
                stream.incompleteAfter("MissingEndCurlyBrace", atCurly, token);
                break;
            }
            stream.skipNewlines(EXPR);
            Token equals = stream.peek(EXPR);
            if (!equals.is(TokenKind.EQUALS)) {
                stream.incompleteAfter("MissingEqualsInHashLiteral", key.extent());
                recoverToHashtableEnd();
                break;
            }
            stream.next();
            stream.skipNewlines(CMD);
            StatementAst value = context.statements().statement();
            if (value == null) {
                stream.incompleteAfter("MissingStatementInHashLiteral", equals);
                recoverToHashtableEnd();
                break;
            }
            if (key instanceof ExpressionAst.StringConstant s && !keys.add(s.value().toLowerCase(Locale.ROOT))) {
                stream.error("DuplicateKeyInHashLiteral", key.extent(), s.value());
            }
            pairs.add(new ExpressionAst.KeyValue(key, value));
            Token separator = stream.peek(EXPR);
            if (!separator.is(TokenKind.NEW_LINE) && !separator.is(TokenKind.SEMI) && !separator.is(TokenKind.RCURLY)) {
                if (separator.is(TokenKind.END_OF_INPUT)) {
                    stream.incompleteAfter("MissingEndCurlyBrace", atCurly);
                } else {
                    stream.error("MissingStatementTerminator", afterLast());
                    recoverToHashtableEnd();
                }
                break;
            }
        }
        return new ExpressionAst.Hashtable(stream.extentFrom(atCurly), List.copyOf(pairs));
    }

    /** After an error inside {@code @{ }}, skip to its closing brace, passing over nested braces. */
    private void recoverToHashtableEnd() {
        int depth = 0;
        while (true) {
            Token token = stream.peek(EXPR);
            switch (token.kind()) {
                case END_OF_INPUT -> {
                    return;
                }
                case LCURLY, AT_CURLY -> depth++;
                case RCURLY -> {
                    if (depth-- == 0) {
                        stream.next();
                        return;
                    }
                }
                default -> {
                }
            }
            stream.next();
        }
    }

    private ExpressionAst hashKey(Token token) {
        if (token.is(TokenKind.IDENTIFIER) || token.is(TokenKind.GENERIC)) {
            stream.next();
            return new ExpressionAst.StringConstant(token.extent(), token.stringValue(), StringKind.BARE_WORD);
        }
        return unary();
    }

    /** A string with {@code $} segments; nested {@code $(...)} parts are parsed in place. */
    ExpressionAst expandable(Token token, StringKind kind) {
        if (token.parts().isEmpty()) {
            return new ExpressionAst.StringConstant(token.extent(), token.stringValue(), kind);
        }
        List<ExpressionAst> parts = new ArrayList<>();
        for (StringPart part : token.parts()) {
            Extent extent = stream.source().extent(part.start(), part.end());
            switch (part) {
                case StringPart.Literal literal -> parts.add(new ExpressionAst.StringConstant(extent, literal.text(),
                        StringKind.BARE_WORD));
                case StringPart.Variable v -> {
                    ExpressionAst.Variable variable = new ExpressionAst.Variable(extent, VariablePath.parse(v.path()),
                            false);
                    parts.add(variable.path().isQualified("using") ? new ExpressionAst.Using(extent, variable)
                            : variable);
                }
                case StringPart.SubExpression sub -> parts.add(stream.nested(sub.start(), () -> {
                    Token open = stream.next(CMD);
                    return subExpression(open);
                }));
            }
        }
        return new ExpressionAst.ExpandableString(token.extent(), token.stringValue(), kind, List.copyOf(parts));
    }
}
