package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;

/** An expression that can stand left of {@code =}: a variable, a member, an element, a cast variable. */
public interface Assignable extends Expr {
    void assign(Frame frame, Object value);
}
