package dev.jpwsh.engine.scope;

import java.util.List;

/**
 * The names of a kind of {@link DeferredVariables}, fixed when made, with what a scope asks of them on every call
 * answered cheaply: whether a scope holds a variable by any of them ({@link VariableTable#holdsAny}, one test of its
 * filter against {@link #bits}) and whether any may be AllScope somewhere ({@link #mayBeAllScope}, remembered until
 * {@link AllScopeNames} records a name). Shared by every thread: the remembered answer is one immutable object,
 * replaced whole, so a thread reads an answer and the filter it was computed from together.
 */
public final class DeferredNames {
    private final List<String> keys;
    /** The table filter bits of {@link #keys}. */
    private final long bits;
    private Answer answer;

    private record Answer(long[] filter, boolean mayBeAllScope) {
    }

    /** The names {@code keys}, lower-cased and interned as {@link Scope#key} gives them. */
    public DeferredNames(List<String> keys) {
        this.keys = List.copyOf(keys);
        long all = 0;
        for (String key : this.keys) {
            all |= VariableTable.bit(key);
        }
        this.bits = all;
    }

    /** The names, in order. */
    public List<String> keys() {
        return keys;
    }

    long bits() {
        return bits;
    }

    /** Whether any of the names may be carried by an AllScope variable ({@link AllScopeNames#mayBeAllScope}). */
    boolean mayBeAllScope() {
        long[] filter = AllScopeNames.filter();
        Answer known = answer;
        if (known != null && known.filter() == filter) {
            return known.mayBeAllScope();
        }
        boolean any = false;
        for (String key : keys) {
            any |= AllScopeNames.mayBeAllScope(key);
        }
        answer = new Answer(filter, any);
        return any;
    }
}
