package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.languageapi.ScriptToken.NumberToken;
import dev.jpwsh.engine.languageapi.ScriptToken.ParameterToken;
import dev.jpwsh.engine.languageapi.ScriptToken.StringExpandableToken;
import dev.jpwsh.engine.languageapi.ScriptToken.StringLiteralToken;
import dev.jpwsh.engine.languageapi.ScriptToken.VariableToken;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.language.token.NumberLiteral;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The token list PowerShell's parser returns beside its tree: the tokens jpwsh's grammar consumed (each scanned in
 * the mode the grammar read it), the comments and line continuations between them, and a closing EndOfInput. The
 * flags that depend on where a token stands (a command's name, a member's name, a type's or an attribute's name)
 * come from the tree.
 */
final class TokenList {
    private final SourceText source;
    private final Map<Integer, TokenFlags> roles = new HashMap<>();
    /** Where a command's bare-word arguments start: a keyword's spelling there is a word, not a keyword. */
    private final Set<Integer> arguments = new HashSet<>();
    private final List<ScriptToken> tokens = new ArrayList<>();

    private TokenList(SourceText source) {
        this.source = source;
    }

    static List<ScriptToken> of(SourceText source, List<Token> consumed, BlockAsts.ScriptBlockAst tree) {
        TokenList list = new TokenList(source);
        list.rolesFrom(tree);
        int end = 0;
        for (Token token : consumed) {
            if (token.start() < end || token.is(TokenKind.END_OF_INPUT)) {
                continue;
            }
            list.trivia(end, token.start());
            list.tokens.add(list.view(token));
            end = token.end();
        }
        list.trivia(end, source.length());
        list.tokens.add(new ScriptToken(source.extent(source.length(), source.length()), ScriptTokenKind.EndOfInput,
                TokenFlags.ParseModeInvariant));
        return list.tokens;
    }

    private void rolesFrom(BlockAsts.ScriptBlockAst tree) {
        tree.forEachNode(node -> {
            switch (node) {
                case CommandAsts.CommandAst command -> commandRoles(command);
                case ExpressionAsts.MemberExpressionAst member when member.getMember()
                        instanceof ExpressionAsts.StringConstantExpressionAst name ->
                        roles.put(name.getExtent().getStartOffset(), TokenFlags.MemberName);
                case AttributeAsts.AttributeAst attribute ->
                        roles.put(attribute.getTypeName().getExtent().getStartOffset(), TokenFlags.AttributeName);
                case AttributeAsts.TypeConstraintAst constraint ->
                        roles.put(constraint.getTypeName().getExtent().getStartOffset(), TokenFlags.TypeName);
                case ExpressionAsts.TypeExpressionAst type ->
                        roles.put(type.getTypeName().getExtent().getStartOffset(), TokenFlags.TypeName);
                default -> {
                }
            }
        });
    }

    private void commandRoles(CommandAsts.CommandAst command) {
        List<CommandAsts.CommandElementAst> elements = command.getCommandElements();
        if (elements.getFirst() instanceof ExpressionAsts.StringConstantExpressionAst name) {
            roles.put(name.getExtent().getStartOffset(), TokenFlags.CommandName);
        }
        for (CommandAsts.CommandElementAst argument : elements.subList(1, elements.size())) {
            arguments.add(argument.getExtent().getStartOffset());
        }
    }

    /** Comments and line continuations in the text between two tokens. */
    private void trivia(int from, int to) {
        String text = source.text();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '#') {
                int end = i;
                while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                add(i, end, ScriptTokenKind.Comment);
                i = end;
            } else if (c == '<' && i + 1 < to && text.charAt(i + 1) == '#') {
                int close = text.indexOf("#>", i + 2);
                int end = close < 0 || close + 2 > to ? to : close + 2;
                add(i, end, ScriptTokenKind.Comment);
                i = end;
            } else if (c == '`' && i + 1 < to && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                int end = i + 2 < to && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n' ? i + 3 : i + 2;
                add(i, end, ScriptTokenKind.LineContinuation);
                i = end;
            } else {
                i++;
            }
        }
    }

    private void add(int start, int end, ScriptTokenKind kind) {
        tokens.add(new ScriptToken(source.extent(start, end), kind, TokenFlags.ParseModeInvariant));
    }

    private ScriptToken view(Token token) {
        ScriptTokenKind kind = ScriptTokenKind.of(token.kind());
        TokenFlags flags = flagsOf(token.kind());
        TokenFlags role = roles.get(token.start());
        ScriptTokenKind keyword = (token.is(TokenKind.IDENTIFIER) || token.is(TokenKind.GENERIC))
                && !arguments.contains(token.start()) && (role == null || role.equals(TokenFlags.CommandName))
                ? ScriptTokenKind.keyword(token.text()) : null;
        if (keyword != null) {
            kind = keyword;
            flags = flags.with(TokenFlags.Keyword);
            role = null;
        }
        if (role != null && !token.is(TokenKind.LBRACKET)) {
            flags = flags.with(role);
        }
        Extent extent = token.extent();
        return switch (token.kind()) {
            case VARIABLE, SPLATTED_VARIABLE -> new VariableToken(extent, kind, flags, token.stringValue());
            case NUMBER -> new NumberToken(extent, flags, ((NumberLiteral) token.value()).value());
            case PARAMETER -> new ParameterToken(extent, flags, token.stringValue());
            case STRING_LITERAL, HERE_STRING_LITERAL -> new StringLiteralToken(extent, kind, flags,
                    token.stringValue());
            case STRING_EXPANDABLE, HERE_STRING_EXPANDABLE -> new StringExpandableToken(extent, kind, flags,
                    token.stringValue());
            case GENERIC, IDENTIFIER -> bareWord(token, kind, flags);
            default -> new ScriptToken(extent, kind, flags);
        };
    }

    /** A bare word: a keyword, or (like PowerShell's) a string token with its value. */
    private static ScriptToken bareWord(Token token, ScriptTokenKind kind, TokenFlags flags) {
        if (!(token.value() instanceof String value) || flags.has(TokenFlags.Keyword)) {
            return new ScriptToken(token.extent(), kind, flags);
        }
        return token.parts().isEmpty() ? new StringLiteralToken(token.extent(), kind, flags, value)
                : new StringExpandableToken(token.extent(), kind, flags, value);
    }

    private static TokenFlags flagsOf(TokenKind kind) {
        int flags = kind.binaryPrecedence();
        if (kind.isBinaryOperator()) {
            flags |= TokenFlags.BinaryOperator.flags();
        }
        if (kind.isUnaryOperator()) {
            flags |= TokenFlags.UnaryOperator.flags();
        }
        if (kind.isAssignmentOperator()) {
            flags |= TokenFlags.AssignmentOperator.flags();
        }
        if (kind.isCaseSensitive()) {
            flags |= TokenFlags.CaseSensitiveOperator.flags();
        }
        if (kind == TokenKind.PLUS_PLUS || kind == TokenKind.MINUS_MINUS || kind == TokenKind.POSTFIX_PLUS_PLUS
                || kind == TokenKind.POSTFIX_MINUS_MINUS) {
            flags |= TokenFlags.PrefixOrPostfixOperator.flags();
        }
        return new TokenFlags(flags);
    }
}
