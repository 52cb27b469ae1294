package dev.jpwsh.engine.compile.bytecode;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.node.Stmt;

/**
 * A statement block that is compiled to JVM code once it has run {@link #THRESHOLD} times: a function's or script
 * block's named block, or a loop's body. Until then, and for ever when the generator gives up, its node tree runs.
 *
 * <p>States: interpreted (counting runs), then compiled. The one transition happens when the count reaches the
 * threshold, on the thread that made that run. Nodes are shared by every runspace, so {@code runs} is counted without
 * a lock: a lost increment only delays the compilation, and two threads compiling at once make two equivalent classes,
 * one of which is kept. {@code compiled} is volatile, so a thread that sees it sees the finished class.
 */
public final class Tiered implements Stmt {
    /**
     * Runs before a block is compiled; {@code -Djpwsh.tier.threshold=1} compiles every block on its first run, and 0
     * (or less) never compiles one.
     */
    static final int THRESHOLD = Integer.getInteger("jpwsh.tier.threshold", 64);

    private final Stmt body;
    /** Runs so far, while interpreted; unguarded, see above. */
    private int runs;
    /** The compiled block, or null while interpreted; the node tree itself when it cannot be compiled. */
    private volatile Stmt compiled;

    private Tiered(Stmt body) {
        this.body = body;
    }

    /** {@code body} made to compile when hot; null stays null. */
    public static Stmt of(Stmt body) {
        return body == null || body instanceof Tiered ? body : new Tiered(body);
    }

    /** The node tree. */
    public Stmt body() {
        return body;
    }

    @Override
    public void exec(Frame frame, Pipe out) {
        Stmt code = compiled;
        if (code != null) {
            code.exec(frame, out);
            return;
        }
        if (runs < THRESHOLD && ++runs == THRESHOLD) {
            compiled = BlockCompiler.compile(body);
        }
        body.exec(frame, out);
    }

    @Override
    public String toString() {
        return body.toString();
    }
}
