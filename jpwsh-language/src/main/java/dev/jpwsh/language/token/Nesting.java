package dev.jpwsh.language.token;

import java.util.HashMap;
import java.util.Map;

/**
 * What one parse shares between its tokenizers and grammar rules to stay bounded: how deeply constructs are
 * open right now, and where each {@code $(} inside a string ends once found.
 *
 * <p>The depth counts statements and operands open at once (the parser's statement and unary-expression rules,
 * command arguments), {@code $(} scans nested in string tokens, and each link of a chain that the parser reads in a
 * loop but that makes the tree one level deeper (the operators of {@code 1+2+3}, the {@code &&} of a pipeline chain,
 * the {@code .member}, {@code [index]} and calls after an operand, the {@code []} of an array type). Every recursive
 * path of the parser and the tokenizer passes one of these points at each turn, so the Java stack a parse needs is
 * bounded by {@link #LIMIT} times a small constant, and so is the depth of the tree that everything walking it
 * afterwards (the compiler, printers, checkers, the interpreter) meets. One more level ends the parse with
 * {@link TooDeep}, which the parser reports as PowerShell's {@code ScriptTooComplicated}. PowerShell's own limit is
 * its thread's stack (its parser calls {@code EnsureSufficientExecutionStack} in the same rules, and its pipeline
 * threads have 10 MB), so it depends on the machine and thread; a count gives the same answer everywhere.
 *
 * <p>The end offsets are remembered because a string's {@code $(} is scanned again whenever the string token is
 * (once inside each enclosing string, once more when the parser reads it): without the memory, nested strings
 * would cost time quadratic in their depth.
 */
public final class Nesting {
    /**
     * Levels one parse may have open at once: about 500 {@code (}, nested {@code if} blocks or terms of a sum, 250
     * {@code $(}, {@code "$(} or script blocks (a statement and an operand each). Far beyond hand-written scripts,
     * and parsed, compiled and run within a default 1 MB thread stack.
     */
    public static final int LIMIT = 500;

    /** Ends a parse nested deeper than {@link #LIMIT}; {@code start} and {@code end} are the deepest construct. */
    public static final class TooDeep extends RuntimeException {
        private final int start;
        private final int end;

        TooDeep(int start, int end) {
            super(null, null, false, false);
            this.start = start;
            this.end = end;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }
    }

    private final Map<Integer, Integer> subExpressionEnds = new HashMap<>();
    private int depth;

    /** Opens a level for the construct at {@code start..end}; throws {@link TooDeep} beyond {@link #LIMIT}. */
    public void enter(int start, int end) {
        if (depth == LIMIT) {
            throw new TooDeep(start, end);
        }
        depth++;
    }

    /** Closes the level the last {@link #enter} opened. */
    public void leave() {
        depth--;
    }

    /** Closes the last {@code levels} levels opened. */
    public void leave(int levels) {
        depth -= levels;
    }

    Integer subExpressionEnd(int start) {
        return subExpressionEnds.get(start);
    }

    void subExpressionEnd(int start, int end) {
        subExpressionEnds.put(start, end);
    }
}
