package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;

/** An executable expression: evaluates to a value. Nodes are immutable and shared by every runspace. */
public interface Expr {
    Object eval(Frame frame);
}
