package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.NamedBlockAst.BlockKind;
import dev.jpwsh.language.ast.ParamBlockAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Script blocks, their param block and named blocks, statement lists and statement blocks. */
final class ScriptBlockRule {
    private static final TokenizerMode CMD = TokenizerMode.COMMAND;

    private final ParseContext context;
    private final TokenStream stream;

    ScriptBlockRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    /** The whole input as a script. */
    ScriptBlockAst script() {
        ScriptBlockAst body = body(null, false);
        List<String> requires = stream.tokenizer().requiresComments().stream().map(Extent::text).toList();
        return new ScriptBlockAst(body.extent(), body.usings(), body.paramBlock(), body.dynamicParamBlock(),
                body.beginBlock(), body.processBlock(), body.endBlock(), body.cleanBlock(), requires);
    }

    /** A script block after its {@code {}, through the closing brace. */
    ScriptBlockAst scriptBlock(Token lCurly, boolean isFilter) {
        return body(lCurly, isFilter);
    }

    // G  script-block:
    // G      using-statements:opt   param-block:opt   statement-terminators:opt   script-block-body:opt
    private ScriptBlockAst body(Token lCurly, boolean isFilter) {
        stream.skipNewlines(CMD);
        List<StatementAst.Using> usings = lCurly == null ? usings() : List.of();
        ParamBlockAst paramBlock = paramBlock();
        stream.skipSeparators(CMD);
        Token first = stream.peek(CMD);
        if (isBlockName(first)) {
            return namedBlocks(lCurly, usings, paramBlock);
        }
        List<StatementAst> statements = new ArrayList<>();
        List<StatementAst.Trap> traps = new ArrayList<>();
        int bodyStart = first.start();
        while (true) {
            statementList(statements, traps);
            if (completeBody(lCurly)) {
                break;
            }
        }
        Extent extent = scriptExtent(lCurly);
        Extent bodyExtent = stream.source().extent(bodyStart, Math.max(bodyStart, endOfBody(lCurly)));
        NamedBlockAst block = new NamedBlockAst(bodyExtent, isFilter ? BlockKind.PROCESS : BlockKind.END, true,
                List.copyOf(statements), List.copyOf(traps));
        return new ScriptBlockAst(extent, usings, paramBlock, null, null, isFilter ? block : null,
                isFilter ? null : block, null, List.of());
    }

    private static boolean isBlockName(Token token) {
        return token.is(TokenKind.GENERIC) && token.parts().isEmpty()
                && Keywords.BLOCK_NAMES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private List<StatementAst.Using> usings() {
        List<StatementAst.Using> usings = new ArrayList<>();
        while (Keywords.is(stream.peek(CMD), "using")) {
            StatementAst statement = context.statements().using(stream.next());
            if (statement instanceof StatementAst.Using using) {
                usings.add(using);
            }
            stream.skipSeparators(CMD);
        }
        return List.copyOf(usings);
    }

    private Extent scriptExtent(Token lCurly) {
        if (lCurly == null) {
            return stream.source().extent(0, stream.source().length());
        }
        return stream.extentFrom(lCurly);
    }

    private int endOfBody(Token lCurly) {
        Token last = stream.last();
        if (last == null) {
            return 0;
        }
        return lCurly != null && last.is(TokenKind.RCURLY) ? last.start() : last.end();
    }

    /**
     * Ends a script block body: a braced block needs its {@code }}; the whole script needs the end of input.
     * Returns false after reporting and skipping an unexpected token at script level, to parse on.
     */
    private boolean completeBody(Token lCurly) {
        Token next = stream.peek(CMD);
        if (lCurly != null) {
            if (next.is(TokenKind.RCURLY)) {
                stream.next();
            } else {
                // ErrorRecovery: pretend the closing brace was there.
                stream.incomplete("MissingEndCurlyBrace", lCurly.extent(), next);
            }
            return true;
        }
        if (next.is(TokenKind.END_OF_INPUT)) {
            return true;
        }
        // ErrorRecovery: skip the unexpected token and go on parsing the script.
        stream.error("UnexpectedToken", next.extent(), next.text());
        stream.next();
        return false;
    }

    // G  named-block-list:   named-block | named-block-list named-block
    // G  named-block:        statement-terminators:opt block-name statement-block
    private ScriptBlockAst namedBlocks(Token lCurly, List<StatementAst.Using> usings, ParamBlockAst paramBlock) {
        NamedBlockAst[] blocks = new NamedBlockAst[BlockKind.values().length];
        while (true) {
            Token name = stream.peek(CMD);
            if (name.is(TokenKind.RCURLY) || name.is(TokenKind.END_OF_INPUT)) {
                completeBody(lCurly);
                break;
            }
            if (!isBlockName(name)) {
                // ErrorRecovery: end the block list here; the caller sees the unexpected token.
                stream.error("MissingNamedBlocks", name.extent(), name.text());
                if (lCurly == null) {
                    stream.next();
                    continue;
                }
                completeBody(lCurly);
                break;
            }
            stream.next();
            BlockKind kind = BlockKind.valueOf(name.text().toUpperCase(Locale.ROOT));
            StatementBlockAst body = statementBlock();
            if (body == null) {
                // ErrorRecovery: keep the name, an empty block, and look for the next block.
                stream.incompleteAfter("MissingNamedStatementBlock", name, name.text().toLowerCase(Locale.ROOT));
                body = new StatementBlockAst(name.extent(), List.of(), List.of());
            }
            NamedBlockAst block = new NamedBlockAst(stream.extentFrom(name), kind, false, body.statements(),
                    body.traps());
            if (blocks[kind.ordinal()] == null) {
                blocks[kind.ordinal()] = block;
            } else {
                stream.error("DuplicateScriptCommandClause", block.extent(), name.text().toLowerCase(Locale.ROOT));
            }
            stream.skipSeparators(CMD);
        }
        return new ScriptBlockAst(scriptExtent(lCurly), usings, paramBlock, blocks[BlockKind.DYNAMICPARAM.ordinal()],
                blocks[BlockKind.BEGIN.ordinal()], blocks[BlockKind.PROCESS.ordinal()], blocks[BlockKind.END.ordinal()],
                blocks[BlockKind.CLEAN.ordinal()], List.of());
    }

    // G  param-block:
    // G      new-lines:opt   attribute-list:opt   new-lines:opt   'param'   new-lines:opt
    // G              '('   parameter-list:opt   new-lines:opt   ')'
    ParamBlockAst paramBlock() {
        TokenStream.Mark mark = stream.mark();
        stream.skipNewlines(CMD);
        Token first = stream.peek(CMD);
        List<AttributeBaseAst> candidates = context.types().attributeList(false);
        stream.skipNewlines(CMD);
        Token param = stream.peek(CMD);
        if (!Keywords.is(param, "param")) {
            stream.rewind(mark);
            return null;
        }
        stream.next();
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.LPAREN)) {
            // Not an error: this invokes a command named 'param'.
            stream.rewind(mark);
            return null;
        }
        Token lParen = stream.next();
        List<ParameterAst> parameters = parameterList();
        stream.skipNewlines(CMD);
        Token rParen = stream.peek(CMD);
        if (rParen.is(TokenKind.RPAREN)) {
            stream.next();
        } else {
            // ErrorRecovery: assume the closing parenthesis.
            Extent after = parameters.isEmpty() ? lParen.extent() : parameters.getLast().extent();
            stream.incompleteAfter("MissingEndParenthesisInFunctionParameterList", after);
        }
        List<AttributeAst> attributes = new ArrayList<>();
        for (AttributeBaseAst candidate : candidates) {
            if (candidate instanceof AttributeAst attribute) {
                attributes.add(attribute);
            } else {
                stream.error("TypeNotAllowedBeforeParam", candidate.extent(), candidate.typeName().fullName());
            }
        }
        int start = candidates.isEmpty() ? param.start() : first.start();
        return context.checks().made(new ParamBlockAst(stream.extentFrom(start), List.copyOf(attributes), parameters));
    }

    // G  parameter-list:   script-parameter | parameter-list new-lines:opt ',' script-parameter
    List<ParameterAst> parameterList() {
        List<ParameterAst> parameters = new ArrayList<>();
        Token comma = null;
        while (true) {
            ParameterAst parameter = parameter();
            if (parameter == null) {
                if (comma != null) {
                    // ErrorRecovery: ignore the trailing comma.
                    stream.incompleteAfter("MissingExpressionAfterToken", comma.extent(), ",");
                }
                break;
            }
            parameters.add(parameter);
            stream.skipNewlines(TokenizerMode.EXPRESSION);
            if (!stream.peek(TokenizerMode.EXPRESSION).is(TokenKind.COMMA)) {
                break;
            }
            comma = stream.next();
        }
        checkDuplicateParameters(parameters);
        return List.copyOf(parameters);
    }

    private void checkDuplicateParameters(List<ParameterAst> parameters) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParameterAst p : parameters) {
            if (!seen.add(p.name().path().name().toLowerCase(Locale.ROOT))) {
                stream.error("DuplicateFormalParameter", p.name().extent(), p.name().path().name());
            }
        }
    }

    // G  script-parameter:
    // G      new-lines:opt   attribute-list:opt   new-lines:opt   variable   script-parameter-default:opt
    private ParameterAst parameter() {
        stream.skipNewlines(CMD);
        Token first = stream.peek(CMD);
        List<AttributeBaseAst> attributes = context.types().attributeList(false);
        stream.skipNewlines(CMD);
        Token variable = stream.peek(TokenizerMode.EXPRESSION);
        if (!variable.is(TokenKind.VARIABLE)) {
            if (!attributes.isEmpty()) {
                // ErrorRecovery: the attributes need a variable; report and keep them.
                stream.incomplete("InvalidFunctionParameter", variable.extent(), variable);
                return null;
            }
            return null;
        }
        stream.next();
        for (AttributeBaseAst attribute : attributes) {
            if (attribute instanceof AttributeBaseAst.TypeConstraint type && TypeRule.isOrdered(type)) {
                stream.error("OrderedAttributeOnlyOnHashLiteralNode", type.extent(), type.typeName().fullName());
            }
        }
        var name = context.expressions().variable(variable);
        ExpressionAst defaultValue = null;
        stream.skipNewlines(TokenizerMode.EXPRESSION);
        if (stream.peek(TokenizerMode.EXPRESSION).is(TokenKind.EQUALS)) {
            Token equals = stream.next();
            stream.skipNewlines(TokenizerMode.EXPRESSION);
            defaultValue = context.expressions().withoutComma();
            if (defaultValue == null) {
                stream.incompleteAfter("MissingExpressionAfterToken", equals.extent(), "=");
            }
        }
        int start = attributes.isEmpty() ? variable.start() : first.start();
        return new ParameterAst(stream.extentFrom(start), attributes, name, defaultValue);
    }

    // G  statement-block:   new-lines:opt '{' statement-list:opt new-lines:opt '}'
    StatementBlockAst statementBlock() {
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.LCURLY)) {
            return null;
        }
        Token lCurly = stream.next();
        List<StatementAst> statements = new ArrayList<>();
        List<StatementAst.Trap> traps = new ArrayList<>();
        statementList(statements, traps);
        Token rCurly = stream.peek(CMD);
        if (rCurly.is(TokenKind.RCURLY)) {
            stream.next();
        } else {
            // ErrorRecovery: pretend the closing brace was there.
            stream.incomplete("MissingEndCurlyBrace", lCurly.extent(), rCurly);
        }
        return new StatementBlockAst(stream.extentFrom(lCurly), List.copyOf(statements), List.copyOf(traps));
    }

    // G  statement-list:   statement | statement-list statement
    void statementList(List<StatementAst> statements, List<StatementAst.Trap> traps) {
        stream.skipSeparators(CMD);
        while (true) {
            StatementAst statement = context.statements().statement();
            if (statement == null) {
                break;
            }
            if (statement instanceof StatementAst.Trap trap) {
                traps.add(trap);
            } else {
                statements.add(statement);
            }
            stream.skipSeparators(CMD);
            Token next = stream.peek(CMD);
            if (next.is(TokenKind.RPAREN) || next.is(TokenKind.RCURLY)) {
                break;
            }
        }
    }

    /** Statements up to a closing {@code )} or {@code }} as a block (subexpressions, array expressions). */
    StatementBlockAst statementsUntilClose(int start) {
        List<StatementAst> statements = new ArrayList<>();
        List<StatementAst.Trap> traps = new ArrayList<>();
        statementList(statements, traps);
        return new StatementBlockAst(stream.extentFrom(start), List.copyOf(statements), List.copyOf(traps));
    }
}
