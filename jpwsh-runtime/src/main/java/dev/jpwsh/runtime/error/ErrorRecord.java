package dev.jpwsh.runtime.error;

/**
 * An error as scripts see it ({@code $_} in catch, {@code $Error[0]}): the exception, the fully qualified error
 * id, the category, the target object, where it happened, and the command that reported it (null when it did
 * not come from a command).
 */
public record ErrorRecord(Throwable exception, String fullyQualifiedErrorId, String category, Object targetObject,
        ScriptPosition position, String commandName) {

    public ErrorRecord(Throwable exception, String fullyQualifiedErrorId, String category, Object targetObject,
            ScriptPosition position) {
        this(exception, fullyQualifiedErrorId, category, targetObject, position, null);
    }

    /** Where an error was raised: the script (empty for command text), line, column, line text, extent length. */
    public record ScriptPosition(String scriptName, int line, int column, String lineText, int length) {
    }

    public String message() {
        return exception.getMessage();
    }

    public ErrorRecord withPosition(ScriptPosition where) {
        return position != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, where, commandName);
    }

    public ErrorRecord withCommandName(String name) {
        return commandName != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, position, name);
    }

    /** True for errors raised by a {@code throw} statement. */
    public boolean fromThrowStatement() {
        return exception instanceof ThrowStatementException;
    }

    @Override
    public String toString() {
        return message();
    }
}
