package dev.jpwsh.console.line;

import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Colours the line being typed by token kind, as PSReadLine does, in the colours of {@link ReadLineOptions}: commands,
 * keywords, variables, parameters, strings, numbers, comments, operators, type names and members; anything else in
 * the Default colour. The tokens come from jpwsh's parser; a command is a bare word where a command begins (at the
 * start, after a pipe, a semicolon, an opening bracket or an invocation operator), a type name the word in
 * {@code [...]}, a member a word right after {@code .} or {@code ::}. Stateless.
 */
final class TokenHighlighter implements Highlighter {
    private static final String RESET = "\u001b[0m";
    private static final Set<String> KEYWORDS = Set.of("begin", "break", "catch", "class", "clean", "continue",
            "data", "define", "do", "dynamicparam", "else", "elseif", "end", "enum", "exit", "filter", "finally",
            "for", "foreach", "from", "function", "hidden", "if", "in", "param", "process", "return", "static",
            "switch", "throw", "trap", "try", "until", "using", "var", "while");
    /** What a command can follow. */
    private static final Set<TokenKind> COMMAND_STARTS = EnumSet.of(TokenKind.PIPE, TokenKind.SEMI,
            TokenKind.LCURLY, TokenKind.LPAREN, TokenKind.AT_PAREN, TokenKind.DOLLAR_PAREN, TokenKind.AMPERSAND,
            TokenKind.AND_AND, TokenKind.OR_OR, TokenKind.NEW_LINE, TokenKind.DOT);
    private static final Set<TokenKind> MEMBER_ACCESS = EnumSet.of(TokenKind.DOT, TokenKind.COLON_COLON,
            TokenKind.QUESTION_DOT);
    private static final Set<TokenKind> NOT_OPERATORS = EnumSet.of(TokenKind.LPAREN, TokenKind.RPAREN,
            TokenKind.LCURLY, TokenKind.RCURLY, TokenKind.LBRACKET, TokenKind.RBRACKET, TokenKind.AT_PAREN,
            TokenKind.AT_CURLY, TokenKind.DOLLAR_PAREN, TokenKind.SEMI, TokenKind.COMMA, TokenKind.NEW_LINE,
            TokenKind.END_OF_INPUT);

    private final ReadLineOptions options;

    TokenHighlighter(ReadLineOptions options) {
        this.options = options;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        List<Token> tokens;
        try {
            tokens = Parser.parseWithTokens(new SourceText("", buffer)).tokens();
        } catch (RuntimeException unparsable) {
            return new AttributedString(buffer);
        }
        AttributedStringBuilder line = new AttributedStringBuilder();
        int done = 0;
        Token previous = null;
        // which braces are open: true for a hashtable's, whose keys are no commands
        java.util.ArrayDeque<Boolean> hashes = new java.util.ArrayDeque<>();
        for (Token token : tokens) {
            if (token.kind() == TokenKind.AT_CURLY || token.kind() == TokenKind.LCURLY) {
                hashes.push(token.kind() == TokenKind.AT_CURLY);
            } else if (token.kind() == TokenKind.RCURLY && !hashes.isEmpty()) {
                hashes.pop();
            }
            int start = Math.max(token.start(), done);
            int end = Math.min(token.end(), buffer.length());
            if (end <= start) {
                continue;
            }
            line.append(buffer.substring(done, start));
            String kind = kind(token, previous, Boolean.TRUE.equals(hashes.peek()));
            String text = buffer.substring(start, end);
            line.append(kind == null ? new AttributedString(text)
                    : AttributedString.fromAnsi(options.color(kind) + text + RESET));
            done = end;
            if (token.kind() != TokenKind.COMMENT) {
                previous = token;
            }
        }
        String rest = buffer.substring(done);
        int comment = rest.indexOf('#');
        if (comment >= 0 && rest.substring(0, comment).isBlank()) {
            // the parser keeps no token for a comment at the end of the line
            line.append(rest.substring(0, comment));
            line.append(AttributedString.fromAnsi(options.color("Comment") + rest.substring(comment) + RESET));
        } else {
            line.append(rest);
        }
        return line.toAttributedString();
    }

    /**
     * {@return the command whose name is the last one to begin at or before {@code cursor} in {@code buffer}}, as
     * PSReadLine's F1 finds the command to show the help of; null when there is none
     */
    static String commandAt(String buffer, int cursor) {
        String[] at = parameterAt(buffer, cursor);
        return at == null ? null : at[0];
    }

    /**
     * {@return the command as {@link #commandAt} finds it and the name of the parameter the cursor is in or just after
     * (null when it is in none)}, as PSReadLine's Alt+h finds them; null when there is no command
     */
    static String[] parameterAt(String buffer, int cursor) {
        List<Token> tokens;
        try {
            tokens = Parser.parseWithTokens(new SourceText("", buffer)).tokens();
        } catch (RuntimeException unparsable) {
            return null;
        }
        String command = null;
        String parameter = null;
        Token previous = null;
        java.util.ArrayDeque<Boolean> hashes = new java.util.ArrayDeque<>();
        for (Token token : tokens) {
            if (token.start() > cursor) {
                break;
            }
            if (token.kind() == TokenKind.AT_CURLY || token.kind() == TokenKind.LCURLY) {
                hashes.push(token.kind() == TokenKind.AT_CURLY);
            } else if (token.kind() == TokenKind.RCURLY && !hashes.isEmpty()) {
                hashes.pop();
            }
            if ("Command".equals(kind(token, previous, Boolean.TRUE.equals(hashes.peek())))) {
                command = token.text();
            }
            if (token.kind() == TokenKind.PARAMETER && token.end() >= cursor) {
                parameter = token.text().substring(1).replaceFirst(":$", "");
                break;
            }
            if (token.kind() != TokenKind.COMMENT) {
                previous = token;
            }
        }
        return command == null ? null : new String[] {command, parameter};
    }

    /**
     * PSReadLine's colour name for a token after {@code previous} (null at the start), inside a hashtable's braces
     * (where no word is a command) or not.
     */
    private static String kind(Token token, Token previous, boolean inHashtable) {
        TokenKind kind = token.kind();
        return switch (kind) {
            case VARIABLE, SPLATTED_VARIABLE -> "Variable";
            case PARAMETER -> "Parameter";
            case NUMBER -> "Number";
            case COMMENT -> "Comment";
            case STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL, HERE_STRING_EXPANDABLE -> "String";
            case IDENTIFIER, GENERIC, LABEL -> word(token, previous, inHashtable);
            default -> NOT_OPERATORS.contains(kind) || kind.ordinal() < TokenKind.LPAREN.ordinal() ? null : "Operator";
        };
    }

    private static String word(Token token, Token previous, boolean inHashtable) {
        String text = token.text();
        if (previous != null && MEMBER_ACCESS.contains(previous.kind()) && !token.followsSpace()) {
            return "Member";
        }
        if (previous != null && previous.kind() == TokenKind.LBRACKET) {
            return "Type";
        }
        if (KEYWORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return "Keyword";
        }
        if (inHashtable) {
            return null;
        }
        boolean commandPosition = previous == null || COMMAND_STARTS.contains(previous.kind())
                && (previous.kind() != TokenKind.DOT || token.followsSpace());
        return commandPosition ? "Command" : null;
    }
}
