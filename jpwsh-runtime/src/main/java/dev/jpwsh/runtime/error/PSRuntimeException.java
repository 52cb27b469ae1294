package dev.jpwsh.runtime.error;

/**
 * A terminating error raised by the runtime: PowerShell's error id (the FullyQualifiedErrorId without a command
 * name), its category, its message, and the .NET exception type scripts see ({@code $_.Exception.GetType()}).
 */
@dev.jpwsh.runtime.object.DotNetName(PSRuntimeException.RUNTIME_EXCEPTION)
public class PSRuntimeException extends RuntimeException {
    public static final String RUNTIME_EXCEPTION = "System.Management.Automation.RuntimeException";

    private final String errorId;
    private final String category;
    private final String dotNetType;
    /** The first record the error was reported in ({@link #getErrorRecord}); guarded by this. */
    private ErrorRecord record;

    public PSRuntimeException(String errorId, String category, String message, Throwable cause, String dotNetType) {
        super(message, cause);
        this.errorId = errorId;
        this.category = category;
        this.dotNetType = dotNetType;
    }

    public PSRuntimeException(String errorId, String category, String message, Throwable cause) {
        this(errorId, category, message, cause, RUNTIME_EXCEPTION);
    }

    public PSRuntimeException(String errorId, String category, String message) {
        this(errorId, category, message, null);
    }

    /** {@code [System.Management.Automation.RuntimeException]::new('text')}, as a script makes one. */
    public PSRuntimeException(String message) {
        this(message, (Throwable) null);
    }

    public PSRuntimeException(String message, Throwable inner) {
        this("RuntimeException", "NotSpecified", message, inner);
    }

    public String errorId() {
        return errorId;
    }

    /** The ErrorCategory name, such as {@code InvalidOperation} or {@code NotSpecified}. */
    public String category() {
        return category;
    }

    /** The full name of the .NET exception type this error stands for. */
    public String dotNetType() {
        return dotNetType;
    }

    /** {@code $exception.ErrorRecord}: the record the error was first reported in, else one made of its id. */
    public synchronized ErrorRecord getErrorRecord() {
        return record != null ? record : new ErrorRecord(this, errorId, category, null, null);
    }

    /** Notes the record the error is reported in, unless it was reported before. */
    synchronized void reportedIn(ErrorRecord reported) {
        if (record == null) {
            record = reported;
        }
    }

    /** .NET's name for the inner exception: {@code InnerException}. */
    public Throwable getInnerException() {
        return getCause();
    }
}
