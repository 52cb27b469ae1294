package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.CatchClauseAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementAst.PipelineBase;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Keyword statements: conditionals, loops, flow control, try/trap, functions, data and using. */
final class StatementRule {
    private static final TokenizerMode CMD = TokenizerMode.COMMAND;
    private static final TokenizerMode EXPR = TokenizerMode.EXPRESSION;

    private final ParseContext context;
    private final TokenStream stream;

    StatementRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    // G  statement:
    // G      if-statement | label:opt labeled-statement | function-statement | flow-control-statement
    // G      trap-statement | try-statement | data-statement | type-definition | pipeline-chain
    /** One statement, or null at a closing brace or parenthesis or the end of input. */
    StatementAst statement() {
        Token token = stream.peek(CMD);
        stream.enter(token);
        try {
            return statement(token);
        } finally {
            stream.leave();
        }
    }

    private StatementAst statement(Token token) {
        switch (token.kind()) {
            case END_OF_INPUT, RCURLY, RPAREN:
                return null;
            case LABEL:
                stream.next();
                stream.skipNewlines(CMD);
                return labeled(token);
            case LBRACKET:
                return attributedStatement();
            default:
                break;
        }
        String keyword = Keywords.of(token);
        if (keyword == null) {
            return context.pipelines().pipelineChain();
        }
        return switch (keyword) {
            case "if" -> ifStatement(stream.next());
            case "switch", "foreach", "for", "while", "do" -> loop(null, keyword);
            case "function", "filter", "workflow" -> function(stream.next());
            case "return", "throw", "exit" -> flowWithPipeline(stream.next(), keyword);
            case "break", "continue" -> breakOrContinue(stream.next(), keyword);
            case "trap" -> trap(stream.next());
            case "try" -> tryStatement(stream.next());
            case "data" -> data(stream.next());
            case "parallel", "sequence" -> block(stream.next(), keyword);
            case "class", "enum", "interface" -> context.classes().typeDefinition(List.of(), stream.next(), keyword);
            case "using" -> usingOutOfPlace(stream.next());
            case "from", "define", "var" -> reserved(stream.next(), keyword);
            case "else", "elseif", "catch", "until", "finally" -> strayKeyword(token);
            default -> context.pipelines().pipelineChain();
        };
    }

    /** Attributes before a statement belong to a class or enum; otherwise they start an expression. */
    private StatementAst attributedStatement() {
        TokenStream.Mark mark = stream.mark();
        List<AttributeBaseAst> attributes = context.types().attributeList(false);
        stream.skipNewlines(CMD);
        Token next = stream.peek(CMD);
        String keyword = Keywords.of(next);
        if (!attributes.isEmpty() && ("class".equals(keyword) || "enum".equals(keyword))) {
            List<AttributeAst> custom = new ArrayList<>();
            for (AttributeBaseAst a : attributes) {
                if (a instanceof AttributeAst attribute) {
                    custom.add(attribute);
                } else {
                    stream.error("TypeNotAllowedBeforeStatement", a.extent(), a.typeName().fullName());
                }
            }
            return context.classes().typeDefinition(List.copyOf(custom), stream.next(), keyword);
        }
        stream.rewind(mark);
        return context.pipelines().pipelineChain();
    }

    private StatementAst strayKeyword(Token token) {
        if (!stream.errors().isEmpty()) {
            // ErrorRecovery: after an earlier error, drop the keyword (and any that follow it) instead of calling
            // it as a command.
            Token next = token;
            while (Keywords.isContinuation(next)) {
                stream.next();
                stream.skipNewlines(CMD);
                next = stream.peek(CMD);
            }
            return statement(next);
        }
        return context.pipelines().pipelineChain();
    }

    private StatementAst reserved(Token token, String keyword) {
        stream.error("ReservedKeywordNotAllowed", token.extent(), keyword);
        return new StatementAst.Error(token.extent(), List.of());
    }

    private StatementAst usingOutOfPlace(Token token) {
        StatementAst statement = using(token);
        stream.error("UsingMustBeAtStartOfScript", statement.extent());
        return statement;
    }

    private StatementAst labeled(Token label) {
        String keyword = Keywords.of(stream.peek(CMD));
        if (keyword != null && switch (keyword) {
            case "switch", "foreach", "for", "while", "do" -> true;
            default -> false;
        }) {
            return loop(label, keyword);
        }
        return context.pipelines().pipelineChain();
    }

    private StatementAst loop(Token label, String keyword) {
        Token token = stream.next();
        String name = label == null ? null : label.stringValue();
        int start = label == null ? token.start() : label.start();
        return switch (keyword) {
            case "switch" -> new SwitchRule(context).switchStatement(name, start, token);
            case "foreach" -> forEach(name, start, token);
            case "for" -> forStatement(name, start, token);
            case "while" -> whileStatement(name, start, token);
            default -> doLoop(name, start, token);
        };
    }

    // G  if-statement:
    // G      'if' new-lines:opt '(' pipeline-chain ')' statement-block elseif-clauses:opt else-clause:opt
    private StatementAst ifStatement(Token ifToken) {
        List<StatementAst.IfClause> clauses = new ArrayList<>();
        StatementBlockAst elseBody = null;
        Token keyword = ifToken;
        while (true) {
            PipelineBase condition = parenthesizedCondition(keyword, "MissingOpenParenthesisInIfStatement",
                    "IfStatementMissingCondition", true);
            if (condition == null) {
                return errorStatement(ifToken, clauses);
            }
            StatementBlockAst body = context.scriptBlocks().statementBlock();
            if (body == null) {
                // ErrorRecovery: stop at the missing block.
                stream.incomplete("MissingStatementBlock", stream.last().extent(), stream.peek(CMD), keyword.text());
                return errorStatement(ifToken, clauses);
            }
            clauses.add(new StatementAst.IfClause(condition, body));
            TokenStream.Mark beforeElse = stream.mark();
            stream.skipNewlines(CMD);
            Token next = stream.peek(CMD);
            String word = Keywords.of(next);
            if ("elseif".equals(word)) {
                keyword = stream.next();
                continue;
            }
            if ("else".equals(word)) {
                Token elseToken = stream.next();
                elseBody = context.scriptBlocks().statementBlock();
                if (elseBody == null) {
                    stream.incompleteAfter("MissingStatementBlockAfterElse", elseToken);
                    return errorStatement(ifToken, clauses);
                }
                break;
            }
            stream.rewind(beforeElse);
            break;
        }
        return new StatementAst.If(stream.extentFrom(ifToken), List.copyOf(clauses), elseBody);
    }

    private StatementAst errorStatement(Token first, List<?> parts) {
        List<dev.jpwsh.language.ast.Ast> nested = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof StatementAst.IfClause clause) {
                nested.add(clause.condition());
                nested.add(clause.body());
            } else if (part instanceof dev.jpwsh.language.ast.Ast ast) {
                nested.add(ast);
            }
        }
        return new StatementAst.Error(stream.extentFrom(first), List.copyOf(nested));
    }

    /**
     * {@code ( pipeline-chain )} after a keyword. A missing condition is reported and parsing goes on to the
     * closing parenthesis; a missing opening or closing parenthesis ends the statement (null). An {@code if}
     * reports a missing {@code )} at the token found instead, the loops just after the condition.
     */
    PipelineBase parenthesizedCondition(Token keyword, String missingOpen, String missingCondition,
            boolean closeErrorAtNextToken) {
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.LPAREN)) {
            stream.incompleteAfter(missingOpen, keyword, keyword.text());
            return null;
        }
        Token lParen = stream.next();
        stream.skipNewlines(CMD);
        PipelineBase condition = context.pipelines().pipelineChain();
        if (condition == null) {
            // ErrorRecovery: the condition may not be typed yet; look for the closing parenthesis.
            stream.incompleteAfter(missingCondition, lParen, keyword.text());
            condition = new StatementAst.Error(stream.source().extent(lParen.end(), lParen.end()), List.of());
        }
        stream.skipNewlines(CMD);
        Token rParen = stream.peek(CMD);
        if (!rParen.is(TokenKind.RPAREN)) {
            if (!(condition instanceof StatementAst.Error)) {
                if (closeErrorAtNextToken) {
                    stream.incomplete("MissingEndParenthesisAfterStatement", rParen.extent(), rParen, keyword.text());
                } else {
                    stream.incompleteAfter("MissingEndParenthesisAfterStatement", condition.extent(), keyword.text());
                }
            }
            return null;
        }
        stream.next();
        return condition;
    }

    // G  while-statement:   'while' new-lines:opt '(' new-lines:opt while-condition new-lines:opt ')' statement-block
    private StatementAst whileStatement(String label, int start, Token whileToken) {
        PipelineBase condition = parenthesizedCondition(whileToken, "MissingOpenParenthesisAfterKeyword",
                "MissingExpressionAfterKeyword", false);
        if (condition == null) {
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        StatementBlockAst body = loopBody(whileToken);
        if (body == null) {
            return new StatementAst.Error(stream.extentFrom(start), List.of(condition));
        }
        return new StatementAst.While(stream.extentFrom(start), label, condition, body);
    }

    private StatementBlockAst loopBody(Token keyword) {
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingLoopStatement", stream.last(), keyword.text());
        }
        return body;
    }

    // G  do-statement:
    // G      'do' statement-block new-lines:opt 'while' new-lines:opt '(' while-condition new-lines:opt ')'
    // G      'do' statement-block new-lines:opt 'until' new-lines:opt '(' while-condition new-lines:opt ')'
    private StatementAst doLoop(String label, int start, Token doToken) {
        StatementBlockAst body = loopBody(doToken);
        if (body == null) {
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        stream.skipNewlines(CMD);
        Token keyword = stream.peek(CMD);
        String word = Keywords.of(keyword);
        if (!"while".equals(word) && !"until".equals(word)) {
            stream.incompleteAfter("MissingWhileOrUntilInDoWhile", body.extent());
            return new StatementAst.Error(stream.extentFrom(start), List.of(body));
        }
        stream.next();
        PipelineBase condition = parenthesizedCondition(keyword, "MissingOpenParenthesisAfterKeyword",
                "MissingExpressionAfterKeyword", false);
        if (condition == null) {
            return new StatementAst.Error(stream.extentFrom(start), List.of(body));
        }
        return new StatementAst.DoLoop(stream.extentFrom(start), label, body, condition, "until".equals(word));
    }

    // G  for-statement:
    // G      'for' new-lines:opt '(' new-lines:opt for-initializer:opt statement-terminator
    // G          new-lines:opt for-condition:opt statement-terminator new-lines:opt for-iterator:opt
    // G          new-lines:opt ')' statement-block
    private StatementAst forStatement(String label, int start, Token forToken) {
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.LPAREN)) {
            stream.incompleteAfter("MissingOpenParenthesisAfterKeyword", forToken, forToken.text());
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        stream.next();
        stream.skipNewlines(CMD);
        PipelineBase initializer = context.pipelines().pipelineChain();
        PipelineBase condition = null;
        PipelineBase iterator = null;
        if (forSeparator()) {
            stream.skipNewlines(CMD);
            condition = context.pipelines().pipelineChain();
            if (forSeparator()) {
                stream.skipNewlines(CMD);
                iterator = context.pipelines().pipelineChain();
            }
        }
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.RPAREN)) {
            Extent after = stream.last().extent();
            stream.incompleteAfter("MissingEndParenthesisAfterStatement", after, forToken.text());
            return new StatementAst.Error(stream.extentFrom(start), nonNull(initializer, condition, iterator));
        }
        stream.next();
        StatementBlockAst body = loopBody(forToken);
        if (body == null) {
            return new StatementAst.Error(stream.extentFrom(start), nonNull(initializer, condition, iterator));
        }
        return new StatementAst.For(stream.extentFrom(start), label, initializer, condition, iterator, body);
    }

    private boolean forSeparator() {
        Token t = stream.peek(CMD);
        if (t.is(TokenKind.SEMI) || t.is(TokenKind.NEW_LINE)) {
            stream.next();
            return true;
        }
        return false;
    }

    private static List<dev.jpwsh.language.ast.Ast> nonNull(dev.jpwsh.language.ast.Ast... asts) {
        List<dev.jpwsh.language.ast.Ast> list = new ArrayList<>();
        for (var a : asts) {
            if (a != null) {
                list.add(a);
            }
        }
        return List.copyOf(list);
    }

    // G  foreach-statement:
    // G      'foreach' new-lines:opt foreach-parameters:opt new-lines:opt '(' new-lines:opt variable
    // G          new-lines:opt 'in' new-lines:opt pipeline new-lines:opt ')' statement-block
    private StatementAst forEach(String label, int start, Token forEachToken) {
        boolean parallel = false;
        ExpressionAst throttle = null;
        stream.skipNewlines(CMD);
        while (stream.peek(CMD).is(TokenKind.PARAMETER)) {
            Token flag = stream.next();
            String name = flag.stringValue().toLowerCase(Locale.ROOT);
            if ("parallel".startsWith(name) && !name.isEmpty()) {
                parallel = true;
            } else if ("throttlelimit".startsWith(name) && !name.isEmpty()) {
                stream.skipNewlines(CMD);
                throttle = context.pipelines().commandArgument();
                if (throttle == null) {
                    stream.incompleteAfter("MissingThrottleLimit", flag);
                }
            } else {
                stream.error("InvalidForeachFlag", flag.extent(), flag.stringValue());
            }
            stream.skipNewlines(CMD);
        }
        if (!stream.peek(CMD).is(TokenKind.LPAREN)) {
            stream.incompleteAfter("MissingOpenParenthesisAfterKeyword", stream.last(), forEachToken.text());
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        Token lParen = stream.next();
        stream.skipNewlines(EXPR);
        Token variableToken = stream.peek(EXPR);
        if (!variableToken.is(TokenKind.VARIABLE)) {
            stream.incompleteAfter("MissingVariableNameAfterForeach", lParen);
            return new StatementAst.Error(stream.extentFrom(start), List.of());
        }
        stream.next();
        ExpressionAst.Variable variable = context.expressions().variable(variableToken);
        stream.skipNewlines(CMD);
        if (!Keywords.is(stream.peek(CMD), "in")) {
            stream.incompleteAfter("MissingInInForeach", variableToken);
            return new StatementAst.Error(stream.extentFrom(start), List.of(variable));
        }
        Token in = stream.next();
        stream.skipNewlines(CMD);
        PipelineBase collection = context.pipelines().pipelineChain();
        if (collection == null) {
            stream.incompleteAfter("MissingForeachExpression", in);
            return new StatementAst.Error(stream.extentFrom(start), List.of(variable));
        }
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.RPAREN)) {
            stream.incompleteAfter("MissingEndParenthesisAfterForeach", collection.extent());
            return new StatementAst.Error(stream.extentFrom(start), List.of(variable, collection));
        }
        stream.next();
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingForeachStatement", stream.last());
            return new StatementAst.Error(stream.extentFrom(start), List.of(variable, collection));
        }
        return context.checks().made(new StatementAst.ForEach(stream.extentFrom(start), label, parallel, throttle,
                variable, collection, body));
    }

    // G  function-statement:
    // G      'function' new-lines:opt function-name function-parameter-declaration:opt '{' script-block '}'
    // G      'filter'   new-lines:opt function-name function-parameter-declaration:opt '{' script-block '}'
    private StatementAst function(Token keyword) {
        stream.skipNewlines(CMD);
        Token name = stream.peek(CMD);
        if (!isFunctionName(name)) {
            stream.incompleteAfter("MissingNameAfterKeyword", keyword, keyword.text());
            return new StatementAst.Error(keyword.extent(), List.of());
        }
        stream.next();
        String functionName = name.is(TokenKind.GENERIC) || name.is(TokenKind.IDENTIFIER) ? name.stringValue()
                : String.valueOf(name.value());
        stream.skipNewlines(CMD);
        List<ParameterAst> parameters = null;
        if (stream.peek(CMD).is(TokenKind.LPAREN)) {
            Token lParen = stream.next();
            parameters = context.scriptBlocks().parameterList();
            stream.skipNewlines(CMD);
            if (stream.peek(CMD).is(TokenKind.RPAREN)) {
                stream.next();
            } else {
                Extent after = parameters.isEmpty() ? lParen.extent() : parameters.getLast().extent();
                stream.incompleteAfter("MissingEndParenthesisInFunctionParameterList", after);
            }
            stream.skipNewlines(CMD);
        }
        if (!stream.peek(CMD).is(TokenKind.LCURLY)) {
            stream.incompleteAfter("MissingFunctionBody", stream.last());
            return new StatementAst.Error(stream.extentFrom(keyword), List.of());
        }
        Token lCurly = stream.next();
        String kind = keyword.text().toLowerCase(Locale.ROOT);
        ScriptBlockAst body = context.scriptBlocks().scriptBlock(lCurly, "filter".equals(kind));
        if (parameters != null && !parameters.isEmpty() && body.paramBlock() != null) {
            stream.error("OnlyOneParameterListAllowed", body.paramBlock().extent());
        }
        return context.checks().made(new StatementAst.FunctionDefinition(stream.extentFrom(keyword), kind,
                functionName, parameters == null ? List.of() : parameters, body));
    }

    private static boolean isFunctionName(Token name) {
        return switch (name.kind()) {
            case GENERIC, IDENTIFIER, NUMBER, LABEL, PARAMETER -> true;
            case VARIABLE, STRING_LITERAL, STRING_EXPANDABLE -> false;
            default -> name.kind().text() != null && !name.is(TokenKind.LCURLY) && !name.is(TokenKind.LPAREN)
                    && !name.is(TokenKind.RCURLY) && !name.is(TokenKind.RPAREN) && !name.is(TokenKind.SEMI)
                    && !name.is(TokenKind.PIPE) && !name.is(TokenKind.AMPERSAND) && !name.is(TokenKind.AND_AND)
                    && !name.is(TokenKind.OR_OR) && !name.is(TokenKind.COMMA);
        };
    }

    // G  flow-control-statement:   'return' pipeline:opt | 'throw' pipeline:opt | 'exit' pipeline:opt
    private StatementAst flowWithPipeline(Token keyword, String word) {
        PipelineBase pipeline = context.pipelines().pipelineChain();
        Extent extent = stream.extentFrom(keyword);
        return switch (word) {
            case "return" -> new StatementAst.Return(extent, pipeline);
            case "throw" -> new StatementAst.Throw(extent, pipeline);
            default -> new StatementAst.Exit(extent, pipeline);
        };
    }

    // G  flow-control-statement:   'break' label-expression:opt | 'continue' label-expression:opt
    private StatementAst breakOrContinue(Token keyword, String word) {
        ExpressionAst label = labelExpression();
        Extent extent = stream.extentFrom(keyword);
        return "break".equals(word) ? new StatementAst.Break(extent, label) : new StatementAst.Continue(extent, label);
    }

    /** A loop label after break/continue: a bareword or an expression, on the same line. */
    private ExpressionAst labelExpression() {
        Token next = stream.peek(CMD);
        return switch (next.kind()) {
            case NEW_LINE, SEMI, END_OF_INPUT, RCURLY, RPAREN, PIPE, AND_AND, OR_OR, AMPERSAND -> null;
            case GENERIC -> {
                stream.next();
                yield new ExpressionAst.StringConstant(next.extent(), next.stringValue(),
                        ExpressionAst.StringKind.BARE_WORD);
            }
            default -> context.expressions().unary();
        };
    }

    // G  trap-statement:   'trap' new-lines:opt type-literal:opt new-lines:opt statement-block
    private StatementAst trap(Token trapToken) {
        stream.skipNewlines(CMD);
        AttributeBaseAst.TypeConstraint type = null;
        if (stream.peek(CMD).is(TokenKind.LBRACKET)) {
            type = context.types().typeConstraint(stream.next());
        }
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingTrapStatement", stream.last());
            return new StatementAst.Error(stream.extentFrom(trapToken), List.of());
        }
        return new StatementAst.Trap(stream.extentFrom(trapToken), type, body);
    }

    // G  try-statement:   'try' statement-block catch-clauses | 'try' statement-block finally-clause
    // G                   | 'try' statement-block catch-clauses finally-clause
    private StatementAst tryStatement(Token tryToken) {
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingTryStatementBlock", tryToken);
            return new StatementAst.Error(stream.extentFrom(tryToken), List.of());
        }
        List<CatchClauseAst> catches = new ArrayList<>();
        CatchClauseAst catchAll = null;
        while (true) {
            TokenStream.Mark mark = stream.mark();
            stream.skipNewlines(CMD);
            if (!Keywords.is(stream.peek(CMD), "catch")) {
                stream.rewind(mark);
                break;
            }
            CatchClauseAst clause = catchClause(stream.next());
            if (clause == null) {
                return new StatementAst.Error(stream.extentFrom(tryToken), List.of(body));
            }
            if (catchAll != null) {
                int after = catchAll.extent().end();
                stream.error("EmptyCatchNotLast", stream.source().extent(after, after));
                catchAll = null;
            }
            if (clause.catchTypes().isEmpty()) {
                catchAll = clause;
            }
            catches.add(clause);
        }
        StatementBlockAst finallyBody = null;
        TokenStream.Mark mark = stream.mark();
        stream.skipNewlines(CMD);
        if (Keywords.is(stream.peek(CMD), "finally")) {
            Token finallyToken = stream.next();
            finallyBody = context.scriptBlocks().statementBlock();
            if (finallyBody == null) {
                stream.incompleteAfter("MissingFinallyStatementBlock", finallyToken);
                return new StatementAst.Error(stream.extentFrom(tryToken), List.of(body));
            }
        } else {
            stream.rewind(mark);
        }
        if (catches.isEmpty() && finallyBody == null) {
            stream.incompleteAfter("MissingCatchOrFinally", body.extent());
            return new StatementAst.Error(stream.extentFrom(tryToken), List.of(body));
        }
        return context.checks().made(new StatementAst.Try(stream.extentFrom(tryToken), body, List.copyOf(catches),
                finallyBody));
    }

    // G  catch-clause:   new-lines:opt 'catch' catch-type-list:opt statement-block
    // G  catch-type-list:   new-lines:opt type-literal | catch-type-list new-lines:opt ',' new-lines:opt type-literal
    private CatchClauseAst catchClause(Token catchToken) {
        List<AttributeBaseAst.TypeConstraint> types = new ArrayList<>();
        stream.skipNewlines(CMD);
        while (stream.peek(CMD).is(TokenKind.LBRACKET)) {
            types.add(context.types().typeConstraint(stream.next()));
            stream.skipNewlines(CMD);
            if (!stream.peek(CMD).is(TokenKind.COMMA)) {
                break;
            }
            Token comma = stream.next();
            stream.skipNewlines(CMD);
            if (!stream.peek(CMD).is(TokenKind.LBRACKET)) {
                stream.incompleteAfter("MissingTypeLiteralToken", comma);
                return null;
            }
        }
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingCatchHandlerBlock", stream.last());
            return null;
        }
        return new CatchClauseAst(stream.extentFrom(catchToken), List.copyOf(types), body);
    }

    // G  data-statement:   'data' new-lines:opt data-name:opt data-commands-allowed:opt statement-block
    private StatementAst data(Token dataToken) {
        stream.skipNewlines(CMD);
        String variable = null;
        Token next = stream.peek(CMD);
        if (next.is(TokenKind.GENERIC) && next.parts().isEmpty()) {
            variable = next.stringValue();
            stream.next();
            stream.skipNewlines(CMD);
            next = stream.peek(CMD);
        }
        List<ExpressionAst> commands = new ArrayList<>();
        if (next.is(TokenKind.PARAMETER)) {
            Token parameter = stream.next();
            if (!"supportedcommand".startsWith(parameter.stringValue().toLowerCase(Locale.ROOT))) {
                stream.error("InvalidParameterForDataSectionStatement", parameter.extent(), parameter.stringValue());
            }
            do {
                stream.skipNewlines(CMD);
                ExpressionAst command = context.pipelines().commandArgumentNoComma();
                if (command == null) {
                    stream.incompleteAfter("MissingValueForSupportedCommandInDataSectionStatement", stream.last());
                    break;
                }
                commands.add(command);
            } while (stream.accept(TokenKind.COMMA, CMD));
        }
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingStatementBlockForDataSection", stream.last());
            return new StatementAst.Error(stream.extentFrom(dataToken), List.of());
        }
        RestrictedLanguageChecker.checkDataSection(commands, body).forEach(stream::addError);
        return new StatementAst.Data(stream.extentFrom(dataToken), variable, List.copyOf(commands), body);
    }

    private StatementAst block(Token keyword, String kind) {
        StatementBlockAst body = context.scriptBlocks().statementBlock();
        if (body == null) {
            stream.incompleteAfter("MissingStatementAfterKeyword", keyword, keyword.text());
            return new StatementAst.Error(keyword.extent(), List.of());
        }
        return context.checks().made(new StatementAst.Block(stream.extentFrom(keyword), kind, body));
    }

    // G  using-statement:
    // G      'using' 'namespace' name | 'using' 'module' name-or-hashtable | 'using' 'assembly' path
    StatementAst using(Token usingToken) {
        Token kindToken = stream.peek(CMD);
        String kind = kindToken.is(TokenKind.GENERIC) ? kindToken.stringValue().toLowerCase(Locale.ROOT) : "";
        if (!kind.equals("namespace") && !kind.equals("module") && !kind.equals("assembly") && !kind.equals("type")) {
            Extent at = kindToken.is(TokenKind.NEW_LINE) || kindToken.is(TokenKind.END_OF_INPUT)
                    ? usingToken.extent() : kindToken.extent();
            if (at == usingToken.extent()) {
                stream.incompleteAfter("MissingUsingStatementDirective", usingToken);
            } else {
                stream.error("InvalidValueForUsingItemName", kindToken.extent(), kindToken.text());
            }
            return new StatementAst.Error(stream.extentFrom(usingToken), List.of());
        }
        stream.next();
        Token nameToken = stream.peek(CMD);
        if (nameToken.is(TokenKind.NEW_LINE) || nameToken.is(TokenKind.END_OF_INPUT) || nameToken.is(TokenKind.SEMI)) {
            stream.incompleteAfter("MissingUsingItemName", kindToken);
            return new StatementAst.Error(stream.extentFrom(usingToken), List.of());
        }
        ExpressionAst name = context.pipelines().commandArgumentNoComma();
        ExpressionAst alias = null;
        if (stream.peek(CMD).is(TokenKind.GENERIC) && "=".equals(stream.peek(CMD).text())) {
            stream.next();
            alias = name;
            name = context.pipelines().commandArgumentNoComma();
            if (name == null) {
                stream.incompleteAfter("MissingNamespaceAlias", stream.last());
                return new StatementAst.Error(stream.extentFrom(usingToken), List.of(alias));
            }
        }
        return new StatementAst.Using(stream.extentFrom(usingToken), kind, name, alias);
    }
}
