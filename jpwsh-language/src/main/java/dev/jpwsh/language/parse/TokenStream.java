package dev.jpwsh.language.parse;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.language.token.Nesting;
import dev.jpwsh.language.token.Tokenizer;
import dev.jpwsh.language.token.TokenizerMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parser's view of the tokenizer: one token of lookahead scanned in the mode the caller asks for (a
 * different mode rescans from the same offset), the last consumed token, and the error list. Marks allow
 * the few rules that must try a reading and back out (attributes before {@code param}).
 */
final class TokenStream {
    /** A point to come back to: the offset to rescan from, how many errors existed then, and the checks' mark. */
    record Mark(int offset, Token last, int errorCount, int checksMark) {
    }

    private record ErrorKey(String errorId, int start, int end) {
        static ErrorKey of(ParseError error) {
            return new ErrorKey(error.errorId(), error.extent().start(), error.extent().end());
        }
    }

    private final SourceText source;
    private final SemanticChecks checks;
    private final Tokenizer tokenizer;
    private final List<ParseError> errors = new ArrayList<>();
    /** Where each error in {@link #errors} is and what it is, so a repeated report costs one lookup. */
    private final Set<ErrorKey> reported = new HashSet<>();
    private final Map<Integer, Boolean> atEnd = new HashMap<>();
    private Token lookahead;
    private TokenizerMode lookaheadMode;
    private int lookaheadFrom;
    /** Errors the tokenizer reported while scanning the lookahead; they count once the token is consumed. */
    private final List<ParseError> pending = new ArrayList<>();
    private Token last;
    /** The tokens consumed so far by start offset, when the caller asked for them ({@link #recordTokens}); else null. */
    private java.util.TreeMap<Integer, Token> consumed;

    TokenStream(SourceText source, SemanticChecks checks) {
        this.source = source;
        this.checks = checks;
        this.tokenizer = new Tokenizer(source, (id, start, end, incomplete, args) ->
                pending.add(ParseErrors.create(id, source.extent(start, end), incomplete, args)));
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
            pending.clear();
        }
        lookaheadFrom = tokenizer.position();
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
        commitPending();
        if (consumed != null) {
            consumed.put(last.start(), last);
        }
        return last;
    }

    /** Keeps every token this parse consumes, in the mode the grammar read it, for {@link #consumedTokens()}. */
    void recordTokens() {
        consumed = new java.util.TreeMap<>();
    }

    /** The tokens consumed (see {@link #recordTokens()}), in source order; a rewound reading's are forgotten. */
    List<Token> consumedTokens() {
        return consumed == null ? List.of() : List.copyOf(consumed.values());
    }

    Token next(TokenizerMode mode) {
        peek(mode);
        return next();
    }

    /** Replaces the lookahead with an argument-mode bareword scanned from the same place. */
    Token lookaheadAsGeneric() {
        tokenizer.reset(lookaheadFrom);
        pending.clear();
        lookahead = tokenizer.genericAt(lookahead.start());
        lookaheadMode = TokenizerMode.COMMAND;
        return lookahead;
    }

    Token last() {
        return last;
    }

    /**
     * Opens a nesting level at {@code at}, which the caller closes with {@link #leave()} in a {@code finally}
     * (see {@link Nesting}: beyond its limit the whole parse ends).
     */
    void enter(Token at) {
        tokenizer.nesting().enter(at.start(), at.end());
    }

    void leave() {
        tokenizer.nesting().leave();
    }

    /** Closes the last {@code levels} levels opened with {@link #enter}. */
    void leave(int levels) {
        tokenizer.nesting().leave(levels);
    }

    /** Runs {@code rule} one nesting level deeper, the level opened at {@code at}. */
    <T> T deeper(Token at, Supplier<T> rule) {
        enter(at);
        try {
            return rule.get();
        } finally {
            leave();
        }
    }

    /** Where scanning resumes: the end of the last consumed token, or 0. */
    int offsetAfterLast() {
        return last == null ? 0 : last.end();
    }

    /** Skips newlines; {@link #last()} stays the token before them, after which "missing" errors go. */
    void skipNewlines(TokenizerMode mode) {
        while (peek(mode).is(TokenKind.NEW_LINE)) {
            skip();
        }
    }

    /** Skips newlines and semicolons. */
    void skipSeparators(TokenizerMode mode) {
        while (peek(mode).is(TokenKind.NEW_LINE) || peek(mode).is(TokenKind.SEMI)) {
            skip();
        }
    }

    private void skip() {
        Token kept = last;
        next();
        last = kept;
    }

    boolean accept(TokenKind kind, TokenizerMode mode) {
        if (peek(mode).is(kind)) {
            next();
            return true;
        }
        return false;
    }

    Mark mark() {
        return new Mark(lookahead != null ? lookaheadFrom : tokenizer.position(), last, errors.size(),
                checks.mark());
    }

    /** Goes back to {@code mark}, forgetting the tokens, errors and checked nodes since. */
    void rewind(Mark mark) {
        lookahead = null;
        pending.clear();
        last = mark.last();
        tokenizer.reset(mark.offset());
        if (consumed != null) {
            consumed.tailMap(mark.offset()).clear();
        }
        dropErrorsFrom(mark.errorCount());
        checks.rewind(mark.checksMark());
    }

    /** Consumes the verbatim text after {@code --%}. */
    Token verbatimArgument() {
        if (lookahead != null) {
            tokenizer.reset(lookaheadFrom);
            pending.clear();
            lookahead = null;
        }
        last = tokenizer.verbatimArgument();
        if (consumed != null) {
            consumed.put(last.start(), last);
        }
        return last;
    }

    private void commitPending() {
        for (ParseError error : pending) {
            addError(error);
        }
        pending.clear();
    }

    /** Ends the parse: errors met while scanning the final token (an unclosed comment) count too. */
    List<ParseError> finish() {
        commitPending();
        return List.copyOf(errors);
    }

    private void dropErrorsFrom(int count) {
        while (errors.size() > count) {
            reported.remove(ErrorKey.of(errors.removeLast()));
        }
    }

    /**
     * Parses text nested in an already scanned token (a {@code $( )} inside a string) from {@code offset}, then
     * puts the stream back where it was.
     */
    <T> T nested(int offset, Supplier<T> rule) {
        Token savedLookahead = lookahead;
        TokenizerMode savedMode = lookaheadMode;
        int savedFrom = lookaheadFrom;
        List<ParseError> savedPending = List.copyOf(pending);
        Token savedLast = last;
        int savedPosition = tokenizer.position();
        lookahead = null;
        pending.clear();
        tokenizer.reset(offset);
        try {
            return rule.get();
        } finally {
            lookahead = savedLookahead;
            lookaheadMode = savedMode;
            lookaheadFrom = savedFrom;
            pending.clear();
            pending.addAll(savedPending);
            last = savedLast;
            tokenizer.reset(savedPosition);
        }
    }

    // ---- errors ----

    /** Records an error unless the same id was already reported at the same place. */
    void addError(ParseError error) {
        if (reported.add(ErrorKey.of(error))) {
            errors.add(error);
        }
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

    /**
     * True when only white space and comments follow {@code offset}. Remembered per offset: the errors of every
     * construct left open at the end of input ask from the same place, and scanning a long trailing comment once
     * per error would cost time quadratic in the input.
     */
    boolean isAtEnd(int offset) {
        return atEnd.computeIfAbsent(offset, this::onlyTriviaFrom);
    }

    private boolean onlyTriviaFrom(int offset) {
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
