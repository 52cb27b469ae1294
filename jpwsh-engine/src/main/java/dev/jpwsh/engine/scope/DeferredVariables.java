package dev.jpwsh.engine.scope;

/**
 * Variables a scope has from the start but makes only when something reaches one by name: the variables every
 * function call defines ({@code $args}, {@code $PSBoundParameters}, {@code $MyInvocation}, ...), which most calls
 * never read. To scripts they are indistinguishable from variables made at once: a read, an assignment,
 * {@code Get-Variable} or a removal makes them first ({@link Scope#defer}).
 */
public interface DeferredVariables {
    /** The lower-cased names of the variables, each made at most once per scope by {@link #make}. */
    DeferredNames names();

    /** The variable for one of {@link #keys()}, made now; null for any other key. */
    PSVariable make(String key);
}
