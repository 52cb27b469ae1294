package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementAst.PipelineBase;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code switch} statement: its flags, its condition or {@code -file}, and its clauses. */
final class SwitchRule {
    private static final TokenizerMode CMD = TokenizerMode.COMMAND;
    private static final List<String> FLAGS = List.of("regex", "wildcard", "exact", "casesensitive", "parallel", "file");

    private final ParseContext context;
    private final TokenStream stream;

    SwitchRule(ParseContext context) {
        this.context = context;
        this.stream = context.stream();
    }

    // G  switch-statement:
    // G      'switch' new-lines:opt switch-parameters:opt switch-condition switch-body
    // G  switch-condition:   '(' new-lines:opt pipeline new-lines:opt ')' | -file new-lines:opt switch-filename
    // G  switch-body:   new-lines:opt '{' new-lines:opt switch-clauses '}'
    // G  switch-clause:   switch-clause-condition statement-block statement-terminators:opt
    StatementAst switchStatement(String label, int start, Token switchToken) {
        List<String> flags = new ArrayList<>();
        PipelineBase condition = null;
        stream.skipNewlines(CMD);
        while (stream.peek(CMD).is(TokenKind.PARAMETER)) {
            Token flagToken = stream.next();
            String flag = flagName(flagToken.stringValue());
            if (flag == null) {
                stream.error("InvalidSwitchFlag", flagToken.extent(), flagToken.stringValue());
            } else if (!flags.contains(flag)) {
                flags.add(flag);
            }
            if ("file".equals(flag)) {
                stream.skipNewlines(CMD);
                ExpressionAst file = context.pipelines().commandArgumentNoComma();
                if (file == null) {
                    stream.incompleteAfter("MissingFilenameOption", flagToken);
                    return new StatementAst.Error(stream.extentFrom(start), List.of());
                }
                condition = new StatementAst.Pipeline(file.extent(),
                        List.of(new dev.jpwsh.language.ast.PipelineElementAst.CommandExpression(file.extent(), file,
                                List.of())), false);
            }
            stream.skipNewlines(CMD);
        }
        if (condition == null) {
            if (!stream.peek(CMD).is(TokenKind.LPAREN)) {
                stream.incompleteAfter("PipelineValueRequired", stream.last());
                return new StatementAst.Error(stream.extentFrom(start), List.of());
            }
            stream.next();
            stream.skipNewlines(CMD);
            condition = context.pipelines().pipelineChain();
            if (condition == null) {
                stream.incompleteAfter("PipelineValueRequired", stream.last());
                return new StatementAst.Error(stream.extentFrom(start), List.of());
            }
            stream.skipNewlines(CMD);
            if (!stream.accept(TokenKind.RPAREN, CMD)) {
                // ErrorRecovery: assume the closing parenthesis and read the clauses.
                stream.incompleteAfter("MissingEndParenthesisInSwitchStatement", condition.extent());
            }
        }
        stream.skipNewlines(CMD);
        if (!stream.peek(CMD).is(TokenKind.LCURLY)) {
            stream.incompleteAfter("MissingCurlyBraceInSwitchStatement", stream.last());
            return new StatementAst.Error(stream.extentFrom(start), List.of(condition));
        }
        Token lCurly = stream.next();
        List<StatementAst.SwitchClause> clauses = new ArrayList<>();
        StatementBlockAst defaultBody = null;
        stream.skipSeparators(CMD);
        while (!stream.peek(CMD).is(TokenKind.RCURLY)) {
            Token first = stream.peek(CMD);
            if (first.is(TokenKind.END_OF_INPUT)) {
                stream.incomplete("MissingEndCurlyBrace", lCurly.extent(), first);
                return new StatementAst.Error(stream.extentFrom(start), List.of(condition));
            }
            boolean isDefault = first.is(TokenKind.GENERIC) && first.parts().isEmpty()
                    && "default".equalsIgnoreCase(first.text());
            ExpressionAst test = isDefault ? null : context.pipelines().commandArgumentNoComma();
            if (isDefault) {
                stream.next();
            } else if (test == null) {
                stream.error("MissingSwitchConditionExpression", first.extent());
                stream.next();
                continue;
            }
            StatementBlockAst body = context.scriptBlocks().statementBlock();
            if (body == null) {
                stream.incompleteAfter("MissingSwitchStatementClause", stream.last());
                return new StatementAst.Error(stream.extentFrom(start), List.of(condition));
            }
            if (isDefault) {
                if (defaultBody != null) {
                    stream.error("MultipleSwitchDefaultClauses", first.extent());
                }
                defaultBody = body;
            } else {
                clauses.add(new StatementAst.SwitchClause(test, body));
            }
            stream.skipSeparators(CMD);
        }
        stream.next();
        return new StatementAst.Switch(stream.extentFrom(start), label, List.copyOf(flags), condition,
                List.copyOf(clauses), defaultBody);
    }

    /** The flag a parameter token names, allowing unambiguous prefixes; null if none. */
    private static String flagName(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return null;
        }
        String match = null;
        for (String flag : FLAGS) {
            if (flag.startsWith(lower)) {
                if (match != null) {
                    return null;
                }
                match = flag;
            }
        }
        return match;
    }
}
