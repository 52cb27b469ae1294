package dev.jpwsh.runtime.error;

/**
 * An error as scripts see it ({@code $_} in catch, {@code $Error[0]}): the exception, the fully qualified error
 * id, the category, the target object, and where it happened (script name, line, column and line text).
 */
public record ErrorRecord(Throwable exception, String fullyQualifiedErrorId, String category, Object targetObject,
        ScriptPosition position) {

    /** Where an error was raised; null fields when unknown. */
    public record ScriptPosition(String scriptName, int line, int column, String lineText, int length,
            String commandName) {
    }

    public String message() {
        return exception.getMessage();
    }

    public ErrorRecord withPosition(ScriptPosition where) {
        return position != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, where);
    }

    @Override
    public String toString() {
        return message();
    }
}
