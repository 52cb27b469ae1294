package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;

/** An executable expression: evaluates to a value. Nodes are immutable and shared by every runspace. */
public interface Expr {
    Object eval(Frame frame);

    /**
     * The value where the output itself counts (written as a statement, assigned to a variable, added with
     * {@code +}, piped on): as {@link #eval}, except that a command that wrote nothing, a void method, or a variable
     * holding either gives {@link dev.jpwsh.engine.exec.AutomationNull#VALUE} instead of null.
     */
    default Object evalKeepingNothing(Frame frame) {
        return eval(frame);
    }
}
