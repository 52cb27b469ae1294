package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;

/** An executable statement: writes what it outputs to a pipe. Immutable and shared by every runspace. */
public interface Stmt {
    void exec(Frame frame, Pipe out);
}
