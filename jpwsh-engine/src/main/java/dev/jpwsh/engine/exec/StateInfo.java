package dev.jpwsh.engine.exec;

/**
 * A state and the exception that caused it, if any: RunspaceStateInfo, RunspacePoolStateInfo and
 * PSInvocationStateInfo as scripts see them ({@code .State}, {@code .Reason}). Immutable.
 *
 * @param <S> the kind of state: {@link RunspaceState} (for runspaces and pools) or {@link PSInvocationState}
 * @param state the state
 * @param reason the exception that caused it (for Broken, Failed or Stopped), or null
 */
public record StateInfo<S extends Enum<S>>(S state, Throwable reason) {
    /** {@return the state, {@code .State} to scripts} */
    public S getState() {
        return state;
    }

    /** {@return the exception that caused the state, {@code .Reason} to scripts, or null} */
    public Throwable getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return state.name();
    }
}
