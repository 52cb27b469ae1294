package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.PSHashtable;

/**
 * {@code $MyInvocation}: the command being run (a function, script file or script block), the name it was called
 * by, its bound parameters and leftover arguments, the script file it was called from ({@code scriptName}, empty
 * when the caller is not a file), whose path and folder are also its {@code PSCommandPath} and
 * {@code PSScriptRoot}, where the call's statement is ({@code callSite}: ScriptLineNumber, OffsetInLine, Line,
 * PositionMessage), whether the call takes pipeline input ({@code expectingInput}) and its place in its pipeline. The position members are
 * computed when read, so making the object costs a call nothing more.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InvocationInfo")
public record InvocationInfo(CommandInfo myCommand, String invocationName, PSHashtable boundParameters,
        Object[] unboundArguments, String scriptName, dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition callSite,
        boolean expectingInput, int pipelinePosition, int pipelineLength) {

    public InvocationInfo(CommandInfo myCommand, String invocationName, PSHashtable boundParameters,
            Object[] unboundArguments, String scriptName, dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition callSite) {
        this(myCommand, invocationName, boundParameters, unboundArguments, scriptName, callSite, false, 1, 1);
    }

    /**
     * The command itself: its name, its kind ({@code Function}, {@code ExternalScript}, {@code Script}) and, for a
     * script file, its full path (null otherwise).
     */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.CommandInfo")
    public record CommandInfo(String name, String commandType, String path) {
        public CommandInfo(String name, String commandType) {
            this(name, commandType, null);
        }

        public String getPath() {
            return path;
        }

        /** A script file's source is its path; a function's, its module's name (none here). */
        public String getSource() {
            return path == null ? "" : path;
        }

        public String getName() {
            return name;
        }

        public String getCommandType() {
            return commandType;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public CommandInfo getMyCommand() {
        return myCommand;
    }

    public String getInvocationName() {
        return invocationName;
    }

    public PSHashtable getBoundParameters() {
        return boundParameters;
    }

    public Object[] getUnboundArguments() {
        return unboundArguments;
    }

    public String getScriptName() {
        return scriptName;
    }

    public String getPSCommandPath() {
        return scriptName;
    }

    public int getScriptLineNumber() {
        return callSite == null ? 0 : callSite.line();
    }

    public int getOffsetInLine() {
        return callSite == null ? 0 : callSite.column();
    }

    /** The whole line the call is on, with its line ending, as pwsh gives it. */
    public String getLine() {
        return callSite == null ? "" : callSite.lineText();
    }

    /** The text of the statement that made the call, on its first line. */
    public String getStatement() {
        if (callSite == null || callSite.lineText().isEmpty()) {
            return "";
        }
        String line = callSite.lineText();
        int start = Math.min(callSite.column() - 1, line.length());
        return line.substring(start, Math.min(line.length(), start + callSite.length())).stripTrailing();
    }

    /** {@code At <file>:<line> char:<column>}, the line and the call underlined, as pwsh writes it. */
    public String getPositionMessage() {
        if (callSite == null || callSite.line() == 0) {
            return "";
        }
        String file = callSite.scriptName().isEmpty() ? "line" : callSite.scriptName();
        dev.jpwsh.language.source.PositionMessage excerpt = dev.jpwsh.language.source.PositionMessage.of(
                callSite.lineText(), callSite.column(), callSite.length());
        return "At " + file + ":" + callSite.line() + " char:" + callSite.column() + "\n+ " + excerpt.line()
                + "\n+ " + excerpt.underline();
    }

    public boolean getExpectingInput() {
        return expectingInput;
    }

    /** How many commands the call's pipeline has (an expression before the first is none of them). */
    public int getPipelineLength() {
        return pipelineLength;
    }

    /** The call's place in its pipeline, from 1. */
    public int getPipelinePosition() {
        return pipelinePosition;
    }

    /** Scripts' calls come from the session itself, as pwsh's {@code CommandOrigin.Internal}. */
    public String getCommandOrigin() {
        return "Internal";
    }

    public long getHistoryId() {
        return 1;
    }

    public String getPSScriptRoot() {
        int slash = scriptName == null ? -1 : scriptName.lastIndexOf('/');
        return slash < 0 ? "" : scriptName.substring(0, Math.max(slash, 1));
    }
}
