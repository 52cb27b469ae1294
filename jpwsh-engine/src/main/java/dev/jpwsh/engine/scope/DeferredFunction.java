package dev.jpwsh.engine.scope;

/**
 * A function body made when something first reaches the function, not when it is defined: what a session's built-in
 * functions are, so that a session whose scripts call none of them never compiles them. A scope hands out the body
 * ({@link #body}) wherever it would hand out the function, so to scripts the function is indistinguishable from one
 * defined with its body. Safe for all threads: one is shared by every session.
 */
public interface DeferredFunction {
    /** The body (a ScriptBlock), made at the first call and the same object after it. */
    Object body();
}
