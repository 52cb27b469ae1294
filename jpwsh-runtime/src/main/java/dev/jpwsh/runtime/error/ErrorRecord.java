package dev.jpwsh.runtime.error;

import dev.jpwsh.runtime.object.TypeNames;

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

    /** {@code [System.Management.Automation.ErrorRecord]::new($exception, $id, $category, $target)}. */
    public ErrorRecord(Throwable exception, String errorId, Object category, Object targetObject) {
        this(exception, errorId, String.valueOf(category), targetObject, null, null);
    }

    /** Where an error was raised: the script (empty for command text), line, column, line text, extent length. */
    public record ScriptPosition(String scriptName, int line, int column, String lineText, int length) {
        /** For errors that deliberately carry no position (Write-Error at a script's top level). */
        public static final ScriptPosition NONE = new ScriptPosition("", 0, 0, "", 0);
    }

    // .NET-style members, as scripts see them ($_.Exception, $_.CategoryInfo, $_.InvocationInfo, ...).

    public Throwable getException() {
        return exception;
    }

    public String getFullyQualifiedErrorId() {
        return fullyQualifiedErrorId;
    }

    public Object getTargetObject() {
        return targetObject;
    }

    public CategoryInfo getCategoryInfo() {
        return new CategoryInfo(category, commandName == null ? "" : commandName,
                ExceptionNames.simpleName(exception), targetObject == null ? "" : TypeNames.text(targetObject),
                targetObject == null ? "" : TypeNames.simpleName(TypeNames.ofValue(targetObject)));
    }

    public InvocationInfo getInvocationInfo() {
        return position == null ? null : new InvocationInfo(position, commandName);
    }

    public Object getErrorDetails() {
        return null;
    }

    public String getScriptStackTrace() {
        return position == null ? "" : "at <ScriptBlock>, " + (position.scriptName().isEmpty() ? "<No file>"
                : position.scriptName()) + ": line " + position.line();
    }

    /** {@code $_.CategoryInfo}; its text is PowerShell's {@code Category: (Target:Type) [Activity], Reason}. */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ErrorCategoryInfo")
    public record CategoryInfo(String category, String activity, String reason, String targetName,
            String targetType) {
        public String getCategory() {
            return category;
        }

        public String getActivity() {
            return activity;
        }

        public String getReason() {
            return reason;
        }

        public String getTargetName() {
            return targetName;
        }

        public String getTargetType() {
            return targetType;
        }

        @Override
        public String toString() {
            return category + ": (" + targetName + ":" + targetType + ") [" + activity + "], " + reason;
        }
    }

    /** {@code $_.InvocationInfo}: where the error happened and which command reported it. */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InvocationInfo")
    public record InvocationInfo(ScriptPosition position, String commandName) {
        public int getScriptLineNumber() {
            return position.line();
        }

        public int getOffsetInLine() {
            return position.column();
        }

        public String getLine() {
            return position.lineText();
        }

        public String getScriptName() {
            return position.scriptName();
        }

        public String getPSCommandPath() {
            return position.scriptName();
        }

        public Object getMyCommand() {
            return commandName == null ? null : new CommandName(commandName);
        }

        public String getInvocationName() {
            return commandName == null ? "" : commandName;
        }
    }

    /** The command an error came from, as {@code InvocationInfo.MyCommand}. */
    public record CommandName(String name) {
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public String message() {
        return ExceptionNames.message(exception);
    }

    public ErrorRecord withPosition(ScriptPosition where) {
        return position != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, where, commandName);
    }

    public ErrorRecord withCommandName(String name) {
        return commandName != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, position, name);
    }

    /**
     * The record as the command {@code name} reports it, as pwsh's invocation info makes it: the error id followed
     * by {@code qualifier} (a cmdlet's implementing type, a function's or script's name) unless it already names
     * one. A record that already names its command is returned as is.
     */
    public ErrorRecord reportedBy(String name, String qualifier) {
        if (commandName != null) {
            return this;
        }
        String id = fullyQualifiedErrorId.contains(",") ? fullyQualifiedErrorId : fullyQualifiedErrorId + ","
                + qualifier;
        return new ErrorRecord(exception, id, category, targetObject, position, name);
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
