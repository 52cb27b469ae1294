package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** Pipeline chains: {@code a && b}, {@code a || b}. */
public final class Chains {
    private Chains() {
    }

    /** Runs the left side, then the right one if {@code $?} is true ({@code &&}) or false ({@code ||}). */
    public record Chain(Stmt left, boolean and, Stmt right) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            frame.context().global().set("?", true);
            left.exec(frame, out);
            boolean succeeded = LanguagePrimitives.isTrue(frame.variable("?"));
            if (succeeded == and) {
                right.exec(frame, out);
            }
        }
    }
}
