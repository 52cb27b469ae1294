package dev.jpwsh.runtime.error;

/** The exception a {@code throw} statement raises for a value that is not already an error. */
public final class ThrowStatementException extends PSRuntimeException {
    public ThrowStatementException(String message) {
        super(message, "OperationStopped", message);
    }
}
