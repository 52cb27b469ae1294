package dev.jpwsh.runtime.error;

import dev.jpwsh.runtime.object.TypeNames;

/**
 * An error as scripts see it ({@code $_} in catch, {@code $Error[0]}): the exception, the fully qualified error
 * id, the category, the target object, where it happened, and the command that reported it (null when it did
 * not come from a command).
 */
@dev.jpwsh.runtime.object.DotNetProperties({"PSMessageDetails", "Exception", "TargetObject", "CategoryInfo",
        "FullyQualifiedErrorId", "ErrorDetails", "InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo"})
public record ErrorRecord(Throwable exception, String fullyQualifiedErrorId, String category, Object targetObject,
        ScriptPosition position, String commandName, Described described) {
    /** The first record a PowerShell exception is reported in is the one its ErrorRecord property gives. */
    public ErrorRecord {
        if (exception instanceof PSRuntimeException reported) {
            reported.reportedIn(this);
        }
    }

    public ErrorRecord(Throwable exception, String fullyQualifiedErrorId, String category, Object targetObject,
            ScriptPosition position, String commandName) {
        this(exception, fullyQualifiedErrorId, category, targetObject, position, commandName, null);
    }

    public ErrorRecord(Throwable exception, String fullyQualifiedErrorId, String category, Object targetObject,
            ScriptPosition position) {
        this(exception, fullyQualifiedErrorId, category, targetObject, position, null);
    }

    /**
     * {@code [System.Management.Automation.ErrorRecord]::new($exception, $id, $category, $target)}; a category that
     * is no ErrorCategory (by name or number) is refused as .NET's conversion refuses it.
     */
    public ErrorRecord(Throwable exception, String errorId, Object category, Object targetObject) {
        this(exception, errorId, categoryOf(category), targetObject, null, null);
    }

    private static String categoryOf(Object category) {
        String name = ErrorCategories.named(category);
        if (name == null) {
            throw new IllegalArgumentException(ErrorCategories.refusal(TypeNames.text(category)));
        }
        return name;
    }

    /** Where an error was raised: the script (empty for command text), line, column, line text, extent length. */
    public record ScriptPosition(String scriptName, int line, int column, String lineText, int length) {
        /** For errors that deliberately carry no position (Write-Error at a script's top level). */
        public static final ScriptPosition NONE = new ScriptPosition("", 0, 0, "", 0);

        /** Where {@code extent} starts: its line's text, and its length on that line (at least one character). */
        public static ScriptPosition of(dev.jpwsh.language.source.Extent extent) {
            var start = extent.startPosition();
            String lineText = extent.source().lineText(start.line());
            int length = extent.endPosition().line() == start.line() ? extent.end() - extent.start()
                    : lineText.length() - start.column() + 1;
            return new ScriptPosition(extent.source().name(), start.line(), start.column(), lineText,
                    Math.max(length, 1));
        }
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
        Described d = described == null ? Described.NONE : described;
        return new CategoryInfo(category, or(d.activity(), commandName == null || commandNotFound() ? "" : commandName),
                or(d.reason(), ExceptionNames.simpleName(exception)),
                or(d.targetName(), targetObject == null ? "" : TypeNames.text(targetObject)),
                or(d.targetType(), targetObject == null ? "" : TypeNames.simpleName(TypeNames.ofValue(targetObject))));
    }

    private static String or(String given, String otherwise) {
        return given == null || given.isEmpty() ? otherwise : given;
    }

    /**
     * What Write-Error's parameters say beyond the exception: the category info's activity, reason, target name and
     * type, and the error details' message and recommended action (each null when not given).
     */
    public record Described(String activity, String reason, String targetName, String targetType, String message,
            String recommendedAction) {
        static final Described NONE = new Described(null, null, null, null, null, null);
    }

    /** The record with what Write-Error's parameters describe. */
    public ErrorRecord describedAs(Described description) {
        return new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, position, commandName,
                description);
    }

    /** {@code $_.ErrorDetails}: the message shown instead of the exception's, and the recommended action. */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ErrorDetails")
    public record ErrorDetails(String message, String recommendedAction) {
        public String getMessage() {
            return message;
        }

        public String getRecommendedAction() {
            return recommendedAction == null ? "" : recommendedAction;
        }

        @Override
        public String toString() {
            return message;
        }
    }

    public InvocationInfo getInvocationInfo() {
        return position == null ? null : new InvocationInfo(position, commandName, !commandNotFound());
    }

    /**
     * Whether this is command discovery's error for a name that is no command: pwsh's invocation info then names
     * the name it was invoked by but no command, so the category info has no activity either.
     */
    private boolean commandNotFound() {
        return "CommandNotFoundException".equals(fullyQualifiedErrorId);
    }

    /** pwsh's types.ps1xml script property; empty unless the exception carries its own details. */
    public Object getPSMessageDetails() {
        return null;
    }

    /** Which input object of each pipeline command was being processed; jpwsh records none. */
    public java.util.List<Integer> getPipelineIterationInfo() {
        return java.util.List.of();
    }

    public Object getErrorDetails() {
        return described == null || described.message() == null && described.recommendedAction() == null ? null
                : new ErrorDetails(described.message(), described.recommendedAction());
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

    /**
     * {@code $_.InvocationInfo}: where the error happened and which command reported it, by the name it was invoked
     * by; {@code found}: whether that name is a command ({@code MyCommand}).
     */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InvocationInfo")
    public record InvocationInfo(ScriptPosition position, String commandName, boolean found) {
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

        /** -1: a script's statements are no history entries. */
        public long getHistoryId() {
            return -1;
        }

        /** The text of the failing statement: the underlined part of the line. */
        public String getStatement() {
            String line = position.lineText();
            int start = Math.clamp(position.column() - 1L, 0, line.length());
            return line.substring(start, Math.clamp((long) start + position.length(), start, line.length()));
        }

        public String getPSCommandPath() {
            return position.scriptName();
        }

        public String getPSScriptRoot() {
            int slash = position.scriptName().lastIndexOf('/');
            return slash < 0 ? "" : position.scriptName().substring(0, Math.max(slash, 1));
        }

        /** {@code At <file>:<line> char:<column>}, the line and the failing part underlined, as pwsh writes it. */
        public String getPositionMessage() {
            if (position.line() == 0) {
                return "";
            }
            String file = position.scriptName().isEmpty() ? "line" : position.scriptName();
            dev.jpwsh.language.source.PositionMessage excerpt = dev.jpwsh.language.source.PositionMessage.of(
                    position.lineText(), position.column(), position.length());
            return "At " + file + ":" + position.line() + " char:" + position.column() + "\n+ " + excerpt.line()
                    + "\n+ " + excerpt.underline();
        }

        public Object getMyCommand() {
            return commandName == null || !found ? null : new CommandName(commandName);
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

    /** The error's text: the error details' message when there is one, else the exception's. */
    public String message() {
        return described != null && described.message() != null ? described.message()
                : ExceptionNames.message(exception);
    }

    public ErrorRecord withPosition(ScriptPosition where) {
        return position != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, where, commandName,
                        described);
    }

    public ErrorRecord withCommandName(String name) {
        return commandName != null ? this
                : new ErrorRecord(exception, fullyQualifiedErrorId, category, targetObject, position, name, described);
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
        return new ErrorRecord(exception, id, category, targetObject, position, name, described);
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
