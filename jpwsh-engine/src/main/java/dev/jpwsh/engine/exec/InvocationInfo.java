package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.PSHashtable;

/**
 * {@code $MyInvocation}: the command being run (a function or script file), the name it was called by, its bound
 * parameters and leftover arguments, and the script file it was called from ({@code scriptName}, empty when the
 * caller is not a file), whose path and folder are also its {@code PSCommandPath} and {@code PSScriptRoot}.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InvocationInfo")
public record InvocationInfo(CommandInfo myCommand, String invocationName, PSHashtable boundParameters,
        Object[] unboundArguments, String scriptName, dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition callSite) {

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

    public String getPSScriptRoot() {
        int slash = scriptName == null ? -1 : scriptName.lastIndexOf('/');
        return slash < 0 ? "" : scriptName.substring(0, Math.max(slash, 1));
    }
}
