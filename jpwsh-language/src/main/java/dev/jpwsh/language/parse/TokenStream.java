package dev.jpwsh.language.parse;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.Tokenizer;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the tokenizer: one token of lookahead scanned in the mode the caller asks for (a
 * different mode rescans from the same offset), the last consumed token, and the error list. Marks allow
 * the few rules that must try a reading and back out (attributes before {@code param}).
 */
final class TokenStream {
    /** A point to come back to: the offset to rescan from and how many errors existed then. */
    record Mark(int offset, Token last, int errorCount) {
    }

    private final SourceText source;
    private final Tokenizer tokenizer;
    private final List<ParseError> errors = new ArrayList<>();
    private Token lookahead;
    private TokenizerMode lookaheadMode;
    private int lookaheadFrom;
    private int lookaheadErrors;
    private int lookaheadErrorCount;
    private Token last;

    TokenStream(SourceText source) {
        this.source = source;
        this.tokenizer = new Tokenizer(source, (id, start, end, incomplete, args) ->
                addError(ParseErrors.create(id, source.extent(start, end), incomplete, args)));
    }

    SourceText source() {
        return source;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    List<ParseError> errors() {
        return errors;
    }

    Token peek(TokenizerMode mode) {
        if (lookahead != null) {
            if (lookaheadMode == mode) {
                return lookahead;
            }
            tokenizer.reset(lookaheadFrom);
            dropLookaheadErrors();
        }
        lookaheadFrom = tokenizer.position();
        lookaheadErrors = errors.size();
        lookahead = tokenizer.next(mode);
        lookaheadErrorCount = errors.size() - lookaheadErrors;
        lookaheadMode = mode;
        return lookahead;
    }

    Token peekCommand() {
        return peek(TokenizerMode.COMMAND);
    }

    Token peekExpression() {
        return peek(TokenizerMode.EXPRESSION);
    }

    /** Consumes the lookahead token (which must have been peeked). */
    Token next() {
        last = lookahead;
        lookahead = null;
        lookaheadErrorCount = 0;
        return last;
    }

    Token next(TokenizerMode mode) {
        peek(mode);
        return next();
    }

    /** Replaces the lookahead with an argument-mode bareword scanned from the same place. */
    Token lookaheadAsGeneric() {
        tokenizer.reset(lookaheadFrom);
        dropLookaheadErrors();
        lookahead = tokenizer.genericAt(lookahead.start());
        lookaheadMode = TokenizerMode.COMMAND;
        return lookahead;
    }

    Token last() {
        return last;
    }

    /** Where scanning resumes: the end of the last consumed token, or 0. */
    int offsetAfterLast() {
        return last == null ? 0 : last.end();
    }

    void skipNewlines(TokenizerMode mode) {
        while (peek(mode).is(TokenKind.NEW_LINE)) {
            next();
        }
    }

    /** Skips newlines and semicolons. */
    void skipSeparators(TokenizerMode mode) {
        while (peek(mode).is(TokenKind.NEW_LINE) || peek(mode).is(TokenKind.SEMI)) {
            next();
        }
    }

    boolean accept(TokenKind kind, TokenizerMode mode) {
        if (peek(mode).is(kind)) {
            next();
            return true;
        }
        return false;
    }

    Mark mark() {
        return lookahead != null ? new Mark(lookaheadFrom, last, lookaheadErrors)
                : new Mark(tokenizer.position(), last, errors.size());
    }

    /** Goes back to {@code mark}, forgetting the tokens and errors since. */
    void rewind(Mark mark) {
        lookahead = null;
        last = mark.last();
        tokenizer.reset(mark.offset());
        dropErrorsFrom(mark.errorCount());
    }

    /** Consumes the verbatim text after {@code --%}. */
    Token verbatimArgument() {
        if (lookahead != null) {
            tokenizer.reset(lookaheadFrom);
            dropLookaheadErrors();
            lookahead = null;
        }
        last = tokenizer.verbatimArgument();
        return last;
    }

    /** Forgets the errors the tokenizer reported while scanning the lookahead, which is about to be rescanned. */
    private void dropLookaheadErrors() {
        for (int i = 0; i < lookaheadErrorCount; i++) {
            errors.remove(lookaheadErrors);
        }
        lookaheadErrorCount = 0;
    }

    private void dropErrorsFrom(int count) {
        while (errors.size() > count) {
            errors.removeLast();
        }
    }

    /**
     * Parses text nested in an already scanned token (a {@code $( )} inside a string) from {@code offset}, then
     * puts the stream back where it was.
     */
    <T> T nested(int offset, java.util.function.Supplier<T> rule) {
        Token savedLookahead = lookahead;
        TokenizerMode savedMode = lookaheadMode;
        int savedFrom = lookaheadFrom;
        int savedErrors = lookaheadErrors;
        int savedErrorCount = lookaheadErrorCount;
        Token savedLast = last;
        int savedPosition = tokenizer.position();
        lookahead = null;
        tokenizer.reset(offset);
        try {
            return rule.get();
        } finally {
            lookahead = savedLookahead;
            lookaheadMode = savedMode;
            lookaheadFrom = savedFrom;
            lookaheadErrors = savedErrors;
            lookaheadErrorCount = savedErrorCount;
            last = savedLast;
            tokenizer.reset(savedPosition);
        }
    }

    // ---- errors ----

    /** Records an error unless the same id was already reported at the same place. */
    void addError(ParseError error) {
        for (ParseError e : errors) {
            if (e.errorId().equals(error.errorId()) && e.extent().start() == error.extent().start()
                    && e.extent().end() == error.extent().end()) {
                return;
            }
        }
        errors.add(error);
    }

    void error(String id, Extent extent, Object... args) {
        addError(ParseErrors.create(id, extent, false, args));
    }

    /**
     * An error placed at {@code extent} and detected at {@code detectedAt}: incomplete input when the detecting
     * token is at the end of the script, so that more input could complete it.
     */
    void incomplete(String id, Extent extent, Token detectedAt, Object... args) {
        addError(ParseErrors.create(id, extent, isAtEnd(detectedAt.start()), args));
    }

    /** An error just after {@code previous}, as PowerShell places its "missing ..." errors. */
    void incompleteAfter(String id, Extent previous, Object... args) {
        int at = previous.end();
        addError(ParseErrors.create(id, source.extent(at, at), isAtEnd(at), args));
    }

    void incompleteAfter(String id, Token previous, Object... args) {
        incompleteAfter(id, previous.extent(), args);
    }

    /** True when only white space and comments follow {@code offset}. */
    boolean isAtEnd(int offset) {
        String text = source.text();
        int i = offset;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (c == '`' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += 2;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                int close = text.indexOf("#>", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                return false;
            }
        }
        return true;
    }

    Extent extentFrom(int start) {
        return source.extent(start, Math.max(start, offsetAfterLast()));
    }

    Extent extentFrom(Token first) {
        return extentFrom(first.start());
    }
}
