package dev.jpwsh.language.token;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PowerShell's mode-aware tokenizer. The parser asks for one token at a time in the {@link TokenizerMode} its
 * grammar position needs, and may {@link #reset} to rescan from an earlier offset in another mode. White
 * space, comments and line continuations are skipped; {@code #requires} comments are collected. Not
 * thread-safe: one instance serves one parse.
 */
public final class Tokenizer {
    /** The name inside {@code ${...}} and the offset after the closing brace. */
    record BracedName(String name, int end) {
    }

    private static final Map<String, TokenKind> DASH_OPERATORS = dashOperators();

    private final SourceText source;
    private final String text;
    private final ErrorSink sink;
    private final StringScanner strings;
    private final Nesting nesting;
    private final List<Extent> requiresComments = new ArrayList<>();
    private int pos;
    private int requiresScanned;

    public Tokenizer(SourceText source, ErrorSink sink) {
        this(source, sink, new Nesting());
    }

    private Tokenizer(SourceText source, ErrorSink sink, Nesting nesting) {
        this.source = source;
        this.text = source.text();
        this.sink = sink;
        this.strings = new StringScanner(this, text);
        this.nesting = nesting;
    }

    /** The depth bound and memory this tokenizer shares with the parse it serves. */
    public Nesting nesting() {
        return nesting;
    }

    public SourceText source() {
        return source;
    }

    public int position() {
        return pos;
    }

    /** Continues scanning at {@code offset}. */
    public void reset(int offset) {
        pos = offset;
    }

    /** The {@code #requires} comments met so far, in source order. */
    public List<Extent> requiresComments() {
        return List.copyOf(requiresComments);
    }

    /** The dash operator named {@code name} ({@code "eq"}, {@code "ceq"}, {@code "not"}), or null. */
    public static TokenKind dashOperator(String name) {
        return DASH_OPERATORS.get(name.toLowerCase(Locale.ROOT));
    }

    public Token next(TokenizerMode mode) {
        boolean space = skipTrivia();
        int start = pos;
        if (pos >= text.length()) {
            return token(TokenKind.END_OF_INPUT, start, null, space);
        }
        char c = text.charAt(pos);
        if (CharClass.isNewline(c)) {
            pos += c == '\r' && peek(1) == '\n' ? 2 : 1;
            return token(TokenKind.NEW_LINE, start, null, space);
        }
        return switch (mode) {
            case TYPE_NAME -> typeNameToken(c, start, space);
            case MEMBER -> memberToken(c, start, space);
            case COMMAND, EXPRESSION -> token(c, start, space, mode == TokenizerMode.COMMAND);
        };
    }

    /** Rescans the text at {@code start} as one argument-mode bareword. */
    public Token genericAt(int start) {
        pos = start;
        boolean space = start > 0 && (CharClass.isWhitespace(text.charAt(start - 1)));
        return generic(start, space);
    }

    /**
     * The verbatim text after {@code --%}, up to the end of the line (or a pipe), as a GENERIC token whose value
     * is the text with leading white space removed.
     */
    public Token verbatimArgument() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && !CharClass.isNewline(text.charAt(pos)) && text.charAt(pos) != '|') {
            pos++;
        }
        return new Token(TokenKind.GENERIC, source.extent(start, pos), text.substring(start, pos), null, true);
    }

    // ---- trivia ----

    /** Skips white space, comments and line continuations; true when anything was skipped. */
    private boolean skipTrivia() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (CharClass.isWhitespace(c)) {
                pos++;
            } else if (c == '`' && CharClass.isNewline(peek(1))) {
                pos += peek(1) == '\r' && peek(2) == '\n' ? 3 : 2;
            } else if (c == '#') {
                lineComment();
            } else if (c == '<' && peek(1) == '#') {
                blockComment();
            } else {
                break;
            }
        }
        return pos > start;
    }

    private void skipSpaces() {
        while (pos < text.length() && CharClass.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void lineComment() {
        int start = pos;
        while (pos < text.length() && !CharClass.isNewline(text.charAt(pos))) {
            pos++;
        }
        if (start >= requiresScanned && text.regionMatches(true, start, "#requires", 0, 9)
                && (start + 9 == pos || CharClass.isWhitespace(text.charAt(start + 9)))) {
            requiresComments.add(source.extent(start, pos));
            requiresScanned = pos;
        }
    }

    private void blockComment() {
        int start = pos;
        int close = text.indexOf("#>", pos + 2);
        if (close < 0) {
            pos = text.length();
            report("MissingTerminatorMultiLineComment", start, pos, true);
        } else {
            pos = close + 2;
        }
    }

    // ---- tokens ----

    private Token token(char c, int start, boolean space, boolean command) {
        switch (c) {
            case '$':
                return dollar(start, space, command);
            case '@':
                return at(start, space, command);
            case '(':
                return punct(TokenKind.LPAREN, 1, start, space);
            case ')':
                return punct(TokenKind.RPAREN, 1, start, space);
            case '{':
                return punct(TokenKind.LCURLY, 1, start, space);
            case '}':
                return punct(TokenKind.RCURLY, 1, start, space);
            case '[':
                return punct(TokenKind.LBRACKET, 1, start, space);
            case ']':
                return command ? generic(start, space) : punct(TokenKind.RBRACKET, 1, start, space);
            case ';':
                return punct(TokenKind.SEMI, 1, start, space);
            case ',':
                return punct(TokenKind.COMMA, 1, start, space);
            case '&':
                return peek(1) == '&' ? punct(TokenKind.AND_AND, 2, start, space)
                        : punct(TokenKind.AMPERSAND, 1, start, space);
            case '|':
                return peek(1) == '|' ? punct(TokenKind.OR_OR, 2, start, space) : punct(TokenKind.PIPE, 1, start, space);
            case '>':
                return redirection(start, start, space);
            case '<':
                return punct(TokenKind.REDIRECT_IN_STD, 1, start, space);
            default:
                break;
        }
        if (CharClass.isSingleQuote(c)) {
            return singleQuoted(start, space);
        }
        if (CharClass.isDoubleQuote(c)) {
            return doubleQuoted(start, space);
        }
        return command ? commandToken(c, start, space) : expressionToken(c, start, space);
    }

    private Token commandToken(char c, int start, boolean space) {
        if (c >= '1' && c <= '6' && peek(1) == '>' || c == '*' && peek(1) == '>') {
            return redirection(start, start + 1, space);
        }
        if (NumberScanner.startsNumber(text, pos)) {
            Token number = commandNumber(start, start, false, space);
            if (number != null) {
                return number;
            }
            return generic(start, space);
        }
        if (CharClass.isDash(c)) {
            return commandDash(start, space);
        }
        if (c == '+' && peek(1) == '+' && !continuesBareword(2)) {
            return punct(TokenKind.PLUS_PLUS, 2, start, space);
        }
        if (c == '+' && NumberScanner.startsNumber(text, pos + 1)) {
            Token number = commandNumber(start, start + 1, false, space);
            if (number != null) {
                return number;
            }
        }
        if (c == '!' && !continuesBareword(1)) {
            return punct(TokenKind.EXCLAIM, 1, start, space);
        }
        if (c == '.' && (peek(1) == '\0' || CharClass.isWhitespace(peek(1)) || peek(1) == '$' || peek(1) == '('
                || peek(1) == '{' || peek(1) == '&' || CharClass.isSingleQuote(peek(1))
                || CharClass.isDoubleQuote(peek(1)))) {
            return punct(TokenKind.DOT, 1, start, space);
        }
        if (c == ':' && peek(1) == ':') {
            return punct(TokenKind.COLON_COLON, 2, start, space);
        }
        if (c == ':' && CharClass.isIdentifierStart(peek(1))) {
            pos++;
            while (pos < text.length() && CharClass.isIdentifierChar(text.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.LABEL, start, text.substring(start + 1, pos), space);
        }
        return generic(start, space);
    }

    /** A bareword continues when the character {@code ahead} is not a separator or an expression start. */
    private boolean continuesBareword(int ahead) {
        char n = peek(ahead);
        return n != '\0' && !CharClass.endsBareword(n) && n != '$' && n != '(' && n != '[' && n != '!'
                && !CharClass.isSingleQuote(n) && !CharClass.isDoubleQuote(n) && n != '@';
    }

    private Token commandNumber(int start, int digits, boolean negative, boolean space) {
        NumberScanner.Result r = NumberScanner.scan(text, digits, negative);
        int end = r.end();
        if (r.literal() == null || end < text.length() && !CharClass.endsBareword(text.charAt(end))) {
            return null;
        }
        pos = end;
        return token(TokenKind.NUMBER, start, r.literal(), space);
    }

    private Token commandDash(int start, boolean space) {
        char n = peek(1);
        if (CharClass.isDash(n) && peek(2) == '%') {
            pos += 3;
            return token(TokenKind.GENERIC, start, "--%", space);
        }
        if (NumberScanner.startsNumber(text, pos + 1)) {
            Token number = commandNumber(start, start + 1, true, space);
            if (number != null) {
                return number;
            }
            return generic(start, space);
        }
        if (CharClass.isDash(n) && (peek(2) == '$' || peek(2) == '(')) {
            return punct(TokenKind.MINUS_MINUS, 2, start, space);
        }
        if (CharClass.isIdentifierStart(n) || n == '?') {
            return parameter(start, space);
        }
        if (n == '$' || n == '(' || n == '[') {
            return punct(TokenKind.MINUS, 1, start, space);
        }
        return generic(start, space);
    }

    /** {@code -name} or {@code -name:}; the value is the name. */
    private Token parameter(int start, boolean space) {
        pos = start + 1;
        while (pos < text.length() && CharClass.isParameterChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start + 1, pos);
        if (peek(0) == ':' && peek(1) != ':') {
            pos++;
        }
        return token(TokenKind.PARAMETER, start, name, space);
    }

    private Token expressionToken(char c, int start, boolean space) {
        if (c == '.' && Character.isDigit(peek(1)) && !space && start > 0 && followsOperand(text.charAt(start - 1))) {
            return punct(TokenKind.DOT, 1, start, space);
        }
        if (NumberScanner.startsNumber(text, pos)) {
            return expressionNumber(start, space);
        }
        if (CharClass.isDash(c)) {
            char n = peek(1);
            if (CharClass.isDash(n)) {
                return punct(TokenKind.MINUS_MINUS, 2, start, space);
            }
            if (n == '=') {
                return punct(TokenKind.MINUS_EQUALS, 2, start, space);
            }
            if (CharClass.isIdentifierStart(n)) {
                Token p = parameter(start, space);
                TokenKind op = text.charAt(p.end() - 1) == ':' ? null : dashOperator(p.stringValue());
                return op == null ? p : new Token(op, p.extent(), null, null, space);
            }
            return punct(TokenKind.MINUS, 1, start, space);
        }
        return switch (c) {
            case '+' -> peek(1) == '+' ? punct(TokenKind.PLUS_PLUS, 2, start, space)
                    : peek(1) == '=' ? punct(TokenKind.PLUS_EQUALS, 2, start, space)
                    : punct(TokenKind.PLUS, 1, start, space);
            case '*' -> peek(1) == '=' ? punct(TokenKind.MULTIPLY_EQUALS, 2, start, space)
                    : peek(1) == '>' ? redirection(start, start + 1, space)
                    : punct(TokenKind.MULTIPLY, 1, start, space);
            case '/' -> peek(1) == '=' ? punct(TokenKind.DIVIDE_EQUALS, 2, start, space)
                    : punct(TokenKind.DIVIDE, 1, start, space);
            case '%' -> peek(1) == '=' ? punct(TokenKind.REMAINDER_EQUALS, 2, start, space)
                    : punct(TokenKind.REM, 1, start, space);
            case '=' -> punct(TokenKind.EQUALS, 1, start, space);
            case '!' -> punct(TokenKind.EXCLAIM, 1, start, space);
            case '.' -> peek(1) == '.' ? punct(TokenKind.DOT_DOT, 2, start, space) : punct(TokenKind.DOT, 1, start, space);
            case ':' -> peek(1) == ':' ? punct(TokenKind.COLON_COLON, 2, start, space) : punct(TokenKind.COLON, 1, start, space);
            case '?' -> question(start, space);
            default -> identifier(start, space);
        };
    }

    /** A character that ends an operand, so that a following {@code .} is member access, not a number. */
    private static boolean followsOperand(char c) {
        return CharClass.isVariableChar(c) || c == ')' || c == ']' || c == '}' || c == '\'' || c == '"';
    }

    private Token question(int start, boolean space) {
        char n = peek(1);
        if (n == '?') {
            return peek(2) == '=' ? punct(TokenKind.QUESTION_QUESTION_EQUALS, 3, start, space)
                    : punct(TokenKind.QUESTION_QUESTION, 2, start, space);
        }
        if (n == '.' && !Character.isDigit(peek(2))) {
            return punct(TokenKind.QUESTION_DOT, 2, start, space);
        }
        if (n == '[') {
            return punct(TokenKind.QUESTION_LBRACKET, 2, start, space);
        }
        return punct(TokenKind.QUESTION_MARK, 1, start, space);
    }

    /**
     * A number in expression mode. Digits run into letters ({@code 7z}) make a bareword instead; digits whose
     * value does not fit their type are a bad numeric constant.
     */
    private Token expressionNumber(int start, boolean space) {
        NumberScanner.Result r = NumberScanner.scan(text, start, false);
        if (r.end() < text.length() && (CharClass.isIdentifierChar(text.charAt(r.end())) || text.charAt(r.end()) == '.'
                && !(r.end() + 1 < text.length() && text.charAt(r.end() + 1) == '.'))) {
            return generic(start, space);
        }
        pos = r.end();
        if (r.literal() == null) {
            report("BadNumericConstant", start, pos, false, text.substring(start, pos));
            return token(TokenKind.NUMBER, start, new NumberLiteral(0, NumberLiteral.NumericType.INT32), space);
        }
        return token(TokenKind.NUMBER, start, r.literal(), space);
    }

    /** An expression-mode bareword: letters, digits, underscores and dashes, or one unknown character. */
    private Token identifier(int start, boolean space) {
        if (!CharClass.isIdentifierChar(text.charAt(pos))) {
            pos++;
            return token(TokenKind.UNKNOWN, start, null, space);
        }
        while (pos < text.length() && (CharClass.isIdentifierChar(text.charAt(pos)) || CharClass.isDash(text.charAt(pos)))) {
            pos++;
        }
        return token(TokenKind.IDENTIFIER, start, text.substring(start, pos), space);
    }

    private Token typeNameToken(char c, int start, boolean space) {
        switch (c) {
            case '[':
                return punct(TokenKind.LBRACKET, 1, start, space);
            case ']':
                return punct(TokenKind.RBRACKET, 1, start, space);
            case ',':
                return punct(TokenKind.COMMA, 1, start, space);
            case '(':
                return punct(TokenKind.LPAREN, 1, start, space);
            default:
                break;
        }
        if (!CharClass.isTypeNameChar(c)) {
            pos++;
            return token(TokenKind.UNKNOWN, start, null, space);
        }
        while (pos < text.length() && CharClass.isTypeNameChar(text.charAt(pos))) {
            pos++;
        }
        return token(TokenKind.IDENTIFIER, start, text.substring(start, pos), space);
    }

    private Token memberToken(char c, int start, boolean space) {
        if (CharClass.isIdentifierChar(c)) {
            while (pos < text.length() && CharClass.isIdentifierChar(text.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.IDENTIFIER, start, text.substring(start, pos), space);
        }
        return token(c, start, space, false);
    }

    private Token punct(TokenKind kind, int length, int start, boolean space) {
        pos = start + length;
        return token(kind, start, null, space);
    }

    private Token token(TokenKind kind, int start, Object value, boolean space) {
        return new Token(kind, source.extent(start, pos), value, null, space);
    }

    // ---- redirections ----

    /** {@code >}, {@code >>}, {@code n>}, {@code n>>}, {@code n>&1}, {@code *>&1}; {@code arrow} is the '>'. */
    private Token redirection(int start, int arrow, boolean space) {
        pos = arrow + 1;
        if (peek(0) == '>') {
            pos++;
        } else if (peek(0) == '&' && peek(1) >= '1' && peek(1) <= '6') {
            pos += 2;
        }
        return token(TokenKind.REDIRECTION, start, text.substring(start, pos), space);
    }

    // ---- variables ----

    private Token dollar(int start, boolean space, boolean command) {
        char n = peek(1);
        if (n == '(') {
            return punct(TokenKind.DOLLAR_PAREN, 2, start, space);
        }
        Token variable;
        if (n == '{') {
            BracedName braced = bracedVariableName(start + 2);
            pos = braced.end();
            variable = token(TokenKind.VARIABLE, start, braced.name(), space);
        } else {
            int end = variableNameEnd(start + 1, false);
            if (end == start + 1) {
                if (command) {
                    return generic(start, space);
                }
                pos = start + 1;
                report("InvalidVariableReference", start, pos, false);
                return token(TokenKind.UNKNOWN, start, null, space);
            }
            pos = end;
            if (peek(0) == ':' && peek(1) != ':' && !isNameChar(peek(1), false)) {
                pos++;
                String scope = text.substring(start + 1, end).toLowerCase(Locale.ROOT);
                boolean isScope = switch (scope) {
                    case "global", "local", "script", "private", "using", "workflow" -> true;
                    default -> false;
                };
                report(isScope ? "InvalidVariableReference" : "InvalidVariableReferenceWithDrive", start, pos, false);
            }
            variable = token(TokenKind.VARIABLE, start, text.substring(start + 1, end), space);
        }
        if (command && pos < text.length() && !CharClass.endsBareword(text.charAt(pos)) && text.charAt(pos) != '.'
                && text.charAt(pos) != '[') {
            return generic(start, space);
        }
        return variable;
    }

    private Token at(int start, boolean space, boolean command) {
        char n = peek(1);
        if (n == '(') {
            return punct(TokenKind.AT_PAREN, 2, start, space);
        }
        if (n == '{') {
            return punct(TokenKind.AT_CURLY, 2, start, space);
        }
        if (CharClass.isDoubleQuote(n) || CharClass.isSingleQuote(n)) {
            return hereString(start, space, CharClass.isDoubleQuote(n));
        }
        int end = variableNameEnd(start + 1, false);
        if (end > start + 1) {
            pos = end;
            return token(TokenKind.SPLATTED_VARIABLE, start, text.substring(start + 1, end), space);
        }
        if (command) {
            return generic(start, space);
        }
        pos = start + 1;
        report("UnrecognizedToken", start, pos, false);
        return token(TokenKind.UNKNOWN, start, null, space);
    }

    /**
     * The end of a variable name that starts at {@code start} (after the sigil): {@code $$}, {@code $?},
     * {@code $^}, or name characters with an optional {@code scope:} or {@code drive:} prefix. In a string
     * {@code ?} is not a name character.
     */
    int variableNameEnd(int start, boolean inString) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (c == '$' || c == '^' || c == '?') {
            return start + 1;
        }
        int i = start;
        while (i < text.length() && isNameChar(text.charAt(i), inString)) {
            i++;
        }
        if (i > start && i + 1 < text.length() && text.charAt(i) == ':' && text.charAt(i + 1) != ':'
                && isNameChar(text.charAt(i + 1), inString)) {
            i++;
            while (i < text.length() && isNameChar(text.charAt(i), inString)) {
                i++;
            }
        }
        return i;
    }

    private static boolean isNameChar(char c, boolean inString) {
        return Character.isLetterOrDigit(c) || c == '_' || (c == '?' && !inString);
    }

    /** The name of {@code ${...}} starting just after the brace; backtick escapes the next character. */
    BracedName bracedVariableName(int start) {
        StringBuilder name = new StringBuilder();
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                if (name.isEmpty()) {
                    report("EmptyVariableReference", start - 2, i + 1, false);
                }
                return new BracedName(name.toString(), i + 1);
            }
            if (c == '`' && i + 2 < text.length() && text.charAt(i + 1) == 'u' && text.charAt(i + 2) == '{') {
                int close = text.indexOf('}', i + 3);
                if (close > i + 3 && close - i - 3 <= 6 && isHex(text, i + 3, close)) {
                    name.appendCodePoint(Integer.parseInt(text.substring(i + 3, close), 16));
                    i = close + 1;
                    continue;
                }
            }
            if (c == '`' && i + 1 < text.length()) {
                i++;
                c = text.charAt(i);
            }
            name.append(c);
            i++;
        }
        report("IncompleteDollarVariableReference", start - 1, text.length(), true);
        return new BracedName(name.toString(), text.length());
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharClass.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The offset just after the {@code )} that closes a parenthesis opened before {@code start}, found by
     * scanning tokens silently; -1 when the text ends first.
     */
    int matchingParenEnd(int start) {
        Integer known = nesting.subExpressionEnd(start);
        if (known != null) {
            return known;
        }
        nesting.enter(start - 2, start);
        Tokenizer nested = new Tokenizer(source, (id, s, e, incomplete, args) -> {
        }, nesting);
        nested.reset(start);
        int end = nested.closingParenEnd();
        nesting.leave();
        nesting.subExpressionEnd(start, end);
        return end;
    }

    private int closingParenEnd() {
        int depth = 1;
        while (true) {
            Token t = next(TokenizerMode.COMMAND);
            switch (t.kind()) {
                case END_OF_INPUT:
                    return -1;
                case LPAREN, AT_PAREN, DOLLAR_PAREN:
                    depth++;
                    break;
                case RPAREN:
                    if (--depth == 0) {
                        return t.end();
                    }
                    break;
                default:
                    break;
            }
        }
    }

    // ---- strings ----

    private Token singleQuoted(int start, boolean space) {
        StringScanner.Content c = strings.singleQuoted(start + 1);
        pos = c.end();
        if (!c.terminated()) {
            report("TerminatorExpectedAtEndOfString", start, pos, true, "'");
        }
        return token(TokenKind.STRING_LITERAL, start, c.value(), space);
    }

    private Token doubleQuoted(int start, boolean space) {
        StringScanner.Content c = strings.doubleQuoted(start + 1);
        pos = c.end();
        if (!c.terminated()) {
            report("TerminatorExpectedAtEndOfString", start, pos, true, "\"");
        }
        return new Token(TokenKind.STRING_EXPANDABLE, source.extent(start, pos), c.value(), c.parts(), space);
    }

    private Token hereString(int start, boolean space, boolean expandable) {
        int i = start + 2;
        while (i < text.length() && CharClass.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || !CharClass.isNewline(text.charAt(i))) {
            pos = i;
            report("UnexpectedCharactersAfterHereStringHeader", start, i, i >= text.length());
            return token(expandable ? TokenKind.HERE_STRING_EXPANDABLE : TokenKind.HERE_STRING_LITERAL, start, "",
                    space);
        }
        i += text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        StringScanner.Content c = expandable ? strings.doubleQuotedHere(i) : strings.singleQuotedHere(i);
        pos = c.end();
        if (!c.terminated()) {
            report("TerminatorExpectedAtEndOfString", start, pos, true, expandable ? "\"@" : "'@");
        }
        return new Token(expandable ? TokenKind.HERE_STRING_EXPANDABLE : TokenKind.HERE_STRING_LITERAL,
                source.extent(start, pos), c.value(), c.parts(), space);
    }

    /**
     * An argument-mode bareword from {@code start}: runs to a separator, takes quoted sections and backtick
     * escapes into its value, and records {@code $} segments as parts.
     */
    private Token generic(int start, boolean space) {
        StringScanner.PartsBuilder parts = new StringScanner.PartsBuilder(text, start);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (CharClass.endsBareword(c) && i > start) {
                break;
            }
            if (c == '`' && i + 1 < text.length()) {
                if (CharClass.isNewline(text.charAt(i + 1))) {
                    break;
                }
                i = strings.escape(i, parts);
            } else if (CharClass.isSingleQuote(c)) {
                StringScanner.Content q = strings.singleQuoted(i + 1);
                if (!q.terminated()) {
                    report("TerminatorExpectedAtEndOfString", i, q.end(), true, "'");
                }
                parts.append(q.value(), q.end());
                i = q.end();
            } else if (CharClass.isDoubleQuote(c)) {
                i = quotedSection(i, parts);
            } else {
                int after = c == '$' ? strings.dollar(i, parts) : i;
                if (after == i) {
                    parts.append(c, i + 1);
                    after = i + 1;
                }
                i = after;
            }
        }
        pos = i;
        return new Token(TokenKind.GENERIC, source.extent(start, pos), parts.value(), parts.parts(), space);
    }

    private int quotedSection(int quote, StringScanner.PartsBuilder parts) {
        int i = quote + 1;
        while (i < text.length() && !CharClass.isDoubleQuote(text.charAt(i))) {
            if (text.charAt(i) == '`' && i + 1 < text.length()) {
                i = strings.escape(i, parts);
            } else {
                int after = text.charAt(i) == '$' ? strings.dollar(i, parts) : i;
                if (after == i) {
                    parts.append(text.charAt(i), i + 1);
                    after = i + 1;
                }
                i = after;
            }
        }
        if (i >= text.length()) {
            report("TerminatorExpectedAtEndOfString", quote, i, true, "\"");
            return i;
        }
        return i + 1;
    }

    // ---- helpers ----

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    void report(String id, int start, int end, boolean incomplete, Object... args) {
        sink.report(id, start, end, incomplete, args);
    }

    private static Map<String, TokenKind> dashOperators() {
        Map<String, TokenKind> map = new java.util.HashMap<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.isDashOperator()) {
                map.put(k.text(), k);
                if (k.text().startsWith("i") && k.binaryPrecedence() == TokenKind.Precedence.COMPARISON
                        && k != TokenKind.IS && k != TokenKind.IS_NOT) {
                    map.put(k.text().substring(1), k);
                }
            }
        }
        return Map.copyOf(map);
    }
}
