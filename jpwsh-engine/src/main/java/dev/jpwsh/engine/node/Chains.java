package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;

/** Pipeline chains: {@code a && b}, {@code a || b}. */
public final class Chains {
    private Chains() {
    }

    /** Runs the left side, then the right one if {@code $?} is true ({@code &&}) or false ({@code ||}). */
    public record Chain(Stmt left, boolean and, Stmt right) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            frame.context().beginStatement();
            left.exec(frame, out);
            frame.context().endStatement();
            boolean succeeded = frame.context().lastSucceeded();
            if (succeeded == and) {
                right.exec(frame, out);
            }
        }
    }
}
