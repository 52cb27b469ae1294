package dev.jpwsh.engine.compile.bytecode;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.node.Loops;
import dev.jpwsh.engine.node.Stmt;

/**
 * A {@code for} or {@code while} loop that moves to JVM code in the middle of a run once it has iterated
 * {@link #HOT_ITERATIONS} times, so that a loop a script runs once is compiled too, not only a block that runs often.
 * The interpreted loop stops before evaluating its condition again; the compiled loop without its initializer goes on
 * from there, as nothing of an iteration lives outside the script's variables. Later runs use the whole loop compiled.
 *
 * A loop that only computes with numbers in variables goes on as a {@link NumericLoop}.
 *
 * <p>States: interpreted, then compiled. The transition happens on the thread whose run reached the iteration count;
 * as in {@link Tiered}, two threads may both compile, and {@code compiled} and {@code rest} are volatile so a thread
 * that sees a class sees it finished.
 */
public final class TieredLoop implements Stmt {
    /**
     * Iterations of one run after which the loop is compiled: one with {@code -Djpwsh.tier.threshold=1}, never
     * with a threshold of 0 or less, which turns the tier off.
     */
    static final int HOT_ITERATIONS = Tiered.THRESHOLD <= 0 ? Loops.UNLIMITED
            : Tiered.THRESHOLD == 1 ? 1 : Tiered.THRESHOLD * 16;

    private final Loops.For loop;
    /** The whole loop compiled, or null while interpreted. */
    private volatile Stmt compiled;
    /** The loop without its initializer, compiled; set with {@link #compiled}. */
    private volatile Stmt rest;

    private TieredLoop(Loops.For loop) {
        this.loop = loop;
    }

    public static Stmt of(Loops.For loop) {
        return new TieredLoop(loop);
    }

    /** The loop's node. */
    public Loops.For loop() {
        return loop;
    }

    @Override
    public void exec(Frame frame, Pipe out) {
        Stmt code = compiled;
        if (code != null) {
            code.exec(frame, out);
            return;
        }
        if (loop.run(frame, out, HOT_ITERATIONS)) {
            return;
        }
        Stmt continuation = rest;
        if (continuation == null) {
            Loops.For withoutInitializer = loop.withoutInitializer();
            Stmt ordinary = BlockCompiler.compile(withoutInitializer);
            NumericLoop numeric = NumericLoop.of(withoutInitializer, ordinary);
            continuation = numeric == null ? ordinary : numeric;
            rest = continuation;
            compiled = numeric == null ? BlockCompiler.compile(loop) : new Initialized(loop.initializer(), numeric);
        }
        continuation.exec(frame, out);
    }

    /** A numeric loop's whole run: its initializer, if any, then the loop. */
    private record Initialized(Stmt initializer, Stmt rest) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            if (initializer != null) {
                initializer.exec(frame, Pipe.NULL);
            }
            rest.exec(frame, out);
        }
    }

    @Override
    public String toString() {
        return loop.toString();
    }
}
