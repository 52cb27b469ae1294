package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.PipelineElementAst.InvocationOperator;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementAst.PipelineBase;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;

/** Assignments, pipeline chains, pipelines, commands with their arguments, and redirections. */
final class PipelineRule {
    private static final TokenizerMode CMD = TokenizerMode.COMMAND;
    private static final TokenizerMode EXPR = TokenizerMode.EXPRESSION;

    private final ParseContext context;
    private final TokenStream stream;

    PipelineRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    // G  pipeline-chain:   pipeline | pipeline-chain chain-operator pipeline
    // G  assignment-expression:   expression assignment-operator statement
    /** An assignment or a pipeline chain; null when no pipeline starts here. */
    PipelineBase pipelineChain() {
        ExpressionAst expression = context.expressions().expression();
        if (expression != null && stream.peek(EXPR).kind().isAssignmentOperator()) {
            Token operator = stream.next();
            stream.skipNewlines(CMD);
            StatementAst value = context.statements().statement();
            if (value == null) {
                stream.incompleteAfter("ExpectedValueExpression", operator, operator.text());
                value = new StatementAst.Error(stream.source().extent(operator.end(), operator.end()), List.of());
            }
            return context.checks().made(new StatementAst.Assignment(expression.extent().to(value.extent()), expression,
                    operator.kind(), value));
        }
        PipelineBase chain = null;
        Token chainOperator = null;
        int levels = 0;
        try {
            while (true) {
                Token first = stream.peek(CMD);
                StatementAst.Pipeline pipeline = pipeline(expression);
                expression = null;
                if (pipeline == null) {
                    if (chainOperator == null) {
                        return null;
                    }
                    if (first.is(TokenKind.END_OF_INPUT)) {
                        stream.incompleteAfter("EmptyPipelineChainElement", chainOperator, chainOperator.text());
                    } else {
                        stream.error("EmptyPipelineChainElement", chainOperator.extent().to(first.extent()),
                                chainOperator.text());
                    }
                    return new StatementAst.Error(chain.extent().to(chainOperator.extent()), List.of(chain));
                }
                boolean background = false;
                Token next = stream.peek(CMD);
                if (next.is(TokenKind.AMPERSAND)) {
                    stream.next();
                    background = true;
                    next = stream.peek(CMD);
                    if (next.is(TokenKind.AND_AND) || next.is(TokenKind.OR_OR)) {
                        stream.next();
                        stream.error("BackgroundOperatorInPipelineChain", next.extent());
                        PipelineBase before = chain == null ? pipeline : chain;
                        return new StatementAst.Error(stream.extentFrom(before.extent().start()), List.of());
                    }
                }
                if (background || !(next.is(TokenKind.AND_AND) || next.is(TokenKind.OR_OR))) {
                    if (chain == null) {
                        return background ? new StatementAst.Pipeline(stream.extentFrom(pipeline.extent().start()),
                                pipeline.elements(), true) : pipeline;
                    }
                    return new StatementAst.PipelineChain(stream.extentFrom(chain.extent().start()), chain,
                            chainOperator.kind(), pipeline, background);
                }
                chain = chain == null ? pipeline
                        : new StatementAst.PipelineChain(chain.extent().to(pipeline.extent()), chain,
                                chainOperator.kind(), pipeline, false);
                chainOperator = stream.next();
                // each && or || puts the chain so far one level deeper in the tree
                stream.enter(chainOperator);
                levels++;
                stream.skipNewlines(CMD);
            }
        } finally {
            stream.leave(levels);
        }
    }

    // G  pipeline:   expression redirections:opt pipeline-tail:opt | command pipeline-tail:opt
    // G  pipeline-tail:   '|' new-lines:opt command | '|' new-lines:opt command pipeline-tail
    private StatementAst.Pipeline pipeline(ExpressionAst startExpression) {
        List<PipelineElementAst> elements = new ArrayList<>();
        ExpressionAst expression = startExpression;
        Token pipe = null;
        while (true) {
            if (expression == null && (pipe != null || elements.isEmpty())) {
                expression = context.expressions().expression();
            }
            PipelineElementAst element;
            if (expression != null) {
                if (!elements.isEmpty()) {
                    stream.error("ExpressionsMustBeFirstInPipeline", expression.extent());
                }
                List<RedirectionAst> redirections = redirections();
                element = new PipelineElementAst.CommandExpression(stream.extentFrom(expression.extent().start()),
                        expression, redirections);
            } else {
                element = command();
            }
            expression = null;
            if (element != null) {
                elements.add(element);
            } else if (!elements.isEmpty() || stream.peek(CMD).is(TokenKind.PIPE)) {
                if (pipe != null) {
                    stream.incompleteAfter("EmptyPipeElement", pipe);
                } else {
                    stream.incomplete("EmptyPipeElement", stream.peek(CMD).extent(), stream.peek(CMD));
                }
            }
            Token next = stream.peek(CMD);
            if (next.is(TokenKind.NEW_LINE) && pipeContinues()) {
                stream.skipNewlines(CMD);
                next = stream.peek(CMD);
            }
            switch (next.kind()) {
                case SEMI, NEW_LINE, RPAREN, RCURLY, END_OF_INPUT, AND_AND, OR_OR, AMPERSAND -> {
                    return elements.isEmpty() ? null
                            : new StatementAst.Pipeline(elements.getFirst().extent().to(elements.getLast().extent()),
                                    List.copyOf(elements), false);
                }
                case PIPE -> {
                    pipe = stream.next();
                    stream.skipNewlines(CMD);
                    if (stream.peek(CMD).is(TokenKind.END_OF_INPUT)) {
                        stream.incompleteAfter("EmptyPipeElement", pipe);
                        return elements.isEmpty() ? null
                                : new StatementAst.Pipeline(stream.extentFrom(elements.getFirst().extent().start()),
                                        List.copyOf(elements), false);
                    }
                }
                default -> {
                    stream.error("UnexpectedToken", next.extent(), next.text());
                    return elements.isEmpty() ? null
                            : new StatementAst.Pipeline(elements.getFirst().extent().to(elements.getLast().extent()),
                                    List.copyOf(elements), false);
                }
            }
        }
    }

    /** A newline followed (after blank lines and comments) by a line that starts with {@code |}. */
    private boolean pipeContinues() {
        TokenStream.Mark mark = stream.mark();
        stream.skipNewlines(CMD);
        boolean continues = stream.peek(CMD).is(TokenKind.PIPE);
        stream.rewind(mark);
        return continues;
    }

    // G  command:   command-name command-elements:opt | command-invocation-operator command-module:opt
    // G             command-name-expr command-elements:opt
    private PipelineElementAst command() {
        Token first = stream.peek(CMD);
        InvocationOperator operator = switch (first.kind()) {
            case AMPERSAND -> InvocationOperator.AMPERSAND;
            case DOT -> InvocationOperator.DOT;
            default -> InvocationOperator.NONE;
        };
        List<CommandElementAst> elements = new ArrayList<>();
        List<RedirectionAst> redirections = new ArrayList<>();
        if (operator != InvocationOperator.NONE) {
            stream.next();
            ExpressionAst name = commandArgumentNoComma();
            if (name == null) {
                stream.incompleteAfter("MissingExpression", first, first.text());
                return null;
            }
            elements.add(name);
        } else {
            ExpressionAst name = commandName();
            if (name == null) {
                return null;
            }
            elements.add(name);
        }
        while (true) {
            Token token = stream.peek(CMD);
            switch (token.kind()) {
                case NEW_LINE, SEMI, RPAREN, RCURLY, END_OF_INPUT, PIPE, AND_AND, OR_OR, AMPERSAND -> {
                    return context.checks().made(new PipelineElementAst.Command(stream.extentFrom(first), operator, List.copyOf(elements),
                            List.copyOf(redirections)));
                }
                case REDIRECTION, REDIRECT_IN_STD -> {
                    RedirectionAst redirection = redirection(stream.next());
                    if (redirection != null) {
                        redirections.add(redirection);
                    }
                }
                case PARAMETER -> elements.add(parameter(stream.next()));
                default -> {
                    if (token.is(TokenKind.GENERIC) && "--%".equals(token.value()) && token.parts().isEmpty()) {
                        stream.next();
                        Token verbatim = stream.verbatimArgument();
                        elements.add(new CommandElementAst.VerbatimArgument(token.extent().to(verbatim.extent()),
                                verbatim.stringValue()));
                        continue;
                    }
                    if (token.is(TokenKind.COMMA)) {
                        // ErrorRecovery: a comma with nothing before it; skip it.
                        stream.error("MissingArgument", token.extent());
                        stream.next();
                        continue;
                    }
                    ExpressionAst argument = commandArgument();
                    if (argument == null) {
                        // ErrorRecovery: skip what cannot be an argument.
                        stream.error("UnexpectedToken", token.extent(), token.text());
                        stream.next();
                    } else {
                        elements.add(argument);
                    }
                }
            }
        }
    }

    /** The command name: a bareword, a string, or any single argument; null at a pipeline terminator. */
    private ExpressionAst commandName() {
        Token token = stream.peek(CMD);
        return switch (token.kind()) {
            case NEW_LINE, SEMI, RPAREN, RCURLY, END_OF_INPUT, PIPE, AND_AND, OR_OR, AMPERSAND, COMMA, REDIRECTION,
                 REDIRECT_IN_STD -> null;
            case PARAMETER, LABEL, EXCLAIM, PLUS_PLUS, MINUS_MINUS, MINUS, COLON_COLON -> {
                stream.lookaheadAsGeneric();
                yield bareword(stream.next());
            }
            default -> commandArgumentNoComma();
        };
    }

    private CommandElementAst parameter(Token token) {
        String text = token.text();
        if (!text.endsWith(":")) {
            return new CommandElementAst.Parameter(token.extent(), token.stringValue(), null);
        }
        ExpressionAst argument = commandArgument();
        if (argument == null) {
            stream.incompleteAfter("ParameterRequiresArgument", token, token.text());
        }
        return new CommandElementAst.Parameter(stream.extentFrom(token), token.stringValue(), argument);
    }

    // G  redirection:   merging-redirection-operator | file-redirection-operator redirected-file-name
    private RedirectionAst redirection(Token token) {
        if (token.is(TokenKind.REDIRECT_IN_STD)) {
            stream.error("RedirectionNotSupported", token.extent(), token.text());
            return null;
        }
        String text = token.stringValue();
        char first = text.charAt(0);
        RedirectionAst.Stream from = first == '>' ? RedirectionAst.Stream.OUTPUT : RedirectionAst.Stream.of(first);
        if (text.contains("&")) {
            RedirectionAst.Stream to = RedirectionAst.Stream.of(text.charAt(text.length() - 1));
            if (to != RedirectionAst.Stream.OUTPUT || from == RedirectionAst.Stream.OUTPUT) {
                stream.error("RedirectionStreamCanOnlyMergeToOutputStream", token.extent());
            }
            return new RedirectionAst.Merging(token.extent(), from, to);
        }
        ExpressionAst location = commandArgumentNoComma();
        if (location == null) {
            stream.incompleteAfter("MissingFileSpecification", token);
            return null;
        }
        return new RedirectionAst.File(stream.extentFrom(token), from, location, text.endsWith(">>"));
    }

    private List<RedirectionAst> redirections() {
        List<RedirectionAst> redirections = new ArrayList<>();
        while (stream.peek(CMD).is(TokenKind.REDIRECTION) || stream.peek(CMD).is(TokenKind.REDIRECT_IN_STD)) {
            RedirectionAst redirection = redirection(stream.next());
            if (redirection != null) {
                redirections.add(redirection);
            }
        }
        return List.copyOf(redirections);
    }

    // G  command-argument:   command-name-expr | command-argument ',' new-lines:opt command-name-expr
    /** One argument, which commas may make an array; null when no argument starts here. */
    ExpressionAst commandArgument() {
        ExpressionAst first = commandArgumentNoComma();
        if (first == null || !stream.peek(CMD).is(TokenKind.COMMA)) {
            return first;
        }
        List<ExpressionAst> elements = new ArrayList<>();
        elements.add(first);
        while (stream.peek(CMD).is(TokenKind.COMMA)) {
            Token comma = stream.next();
            stream.skipNewlines(CMD);
            ExpressionAst next = commandArgumentNoComma();
            if (next == null) {
                stream.incompleteAfter("MissingExpression", comma, ",");
                break;
            }
            elements.add(next);
        }
        return new ExpressionAst.ArrayLiteral(stream.extentFrom(first.extent().start()), List.copyOf(elements));
    }

    /** One argument without array commas: a bareword, or a primary expression with member access. */
    ExpressionAst commandArgumentNoComma() {
        Token token = stream.peek(CMD);
        return switch (token.kind()) {
            case NEW_LINE, SEMI, RPAREN, RCURLY, END_OF_INPUT, PIPE, AND_AND, OR_OR, AMPERSAND, COMMA, REDIRECTION,
                 REDIRECT_IN_STD -> null;
            case GENERIC -> bareword(stream.next());
            case VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL, HERE_STRING_EXPANDABLE,
                 LPAREN, AT_PAREN, DOLLAR_PAREN, AT_CURLY, LCURLY, SPLATTED_VARIABLE ->
                    context.expressions().primaryInArgumentMode();
            default -> {
                stream.lookaheadAsGeneric();
                yield bareword(stream.next());
            }
        };
    }

    private ExpressionAst bareword(Token token) {
        if (token.parts().isEmpty()) {
            return new ExpressionAst.StringConstant(token.extent(), token.stringValue(),
                    ExpressionAst.StringKind.BARE_WORD);
        }
        return context.expressions().expandable(token, ExpressionAst.StringKind.BARE_WORD);
    }
}
