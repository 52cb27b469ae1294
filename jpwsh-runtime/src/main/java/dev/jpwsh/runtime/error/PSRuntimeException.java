package dev.jpwsh.runtime.error;

/**
 * A terminating error raised by the runtime: PowerShell's error id (the FullyQualifiedErrorId without a command
 * name), its category and message. The engine turns it into an ErrorRecord with position information.
 */
public class PSRuntimeException extends RuntimeException {
    private final String errorId;
    private final String category;

    public PSRuntimeException(String errorId, String category, String message, Throwable cause) {
        super(message, cause);
        this.errorId = errorId;
        this.category = category;
    }

    public PSRuntimeException(String errorId, String category, String message) {
        this(errorId, category, message, null);
    }

    public String errorId() {
        return errorId;
    }

    /** The ErrorCategory name, such as {@code InvalidOperation} or {@code NotSpecified}. */
    public String category() {
        return category;
    }
}
