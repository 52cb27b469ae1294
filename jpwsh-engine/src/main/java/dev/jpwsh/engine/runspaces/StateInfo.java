package dev.jpwsh.engine.runspaces;

/**
 * A state and the exception that caused it, if any: RunspaceStateInfo, RunspacePoolStateInfo and
 * PSInvocationStateInfo as scripts see them ({@code .State}, {@code .Reason}). Immutable.
 */
public record StateInfo<S extends Enum<S>>(S state, Throwable reason) {
    public S getState() {
        return state;
    }

    public Throwable getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return state.name();
    }
}
