package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.PSHashtable;

/**
 * {@code $MyInvocation}: the command being run (a function or script file), the name it was called by, and its
 * bound parameters and leftover arguments.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InvocationInfo")
public record InvocationInfo(CommandInfo myCommand, String invocationName, PSHashtable boundParameters,
        Object[] unboundArguments, String scriptName, dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition callSite) {

    /** The command itself: its name and kind ({@code Function}, {@code ExternalScript}, {@code Script}). */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.CommandInfo")
    public record CommandInfo(String name, String commandType) {
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
}
