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
            dropErrorsFrom(lookaheadErrors);
        }
        lookaheadFrom = tokenizer.position();
        lookaheadErrors = errors.size();
        lookahead = tokenizer.next(mode);
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
        return last;
    }

    Token next(TokenizerMode mode) {
        peek(mode);
        return next();
    }

    /** Replaces the lookahead with an argument-mode bareword scanned from the same place. */
    Token lookaheadAsGeneric() {
        tokenizer.reset(lookaheadFrom);
        dropErrorsFrom(lookaheadErrors);
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
            dropErrorsFrom(lookaheadErrors);
            lookahead = null;
        }
        last = tokenizer.verbatimArgument();
        return last;
    }

    private void dropErrorsFrom(int count) {
        while (errors.size() > count) {
            errors.removeLast();
        }
    }

    // ---- errors ----

    void addError(ParseError error) {
        errors.add(error);
    }

    void error(String id, Extent extent, Object... args) {
        addError(ParseErrors.create(id, extent, false, args));
    }

    /**
     * Reports an error at a token; at the end of the input it is incomplete input, which a console
     * answers with a continuation prompt.
     */
    void errorAtToken(String id, Token at, Object... args) {
        addError(ParseErrors.create(id, at.extent(), at.is(TokenKind.END_OF_INPUT), args));
    }

    /** An error placed just after the last consumed token, as PowerShell places "missing ..." errors. */
    void errorAfterLast(String id, boolean incomplete, Object... args) {
        int at = offsetAfterLast();
        addError(ParseErrors.create(id, source.extent(at, at), incomplete, args));
    }

    Extent extentFrom(int start) {
        return source.extent(start, Math.max(start, offsetAfterLast()));
    }

    Extent extentFrom(Token first) {
        return extentFrom(first.start());
    }
}
