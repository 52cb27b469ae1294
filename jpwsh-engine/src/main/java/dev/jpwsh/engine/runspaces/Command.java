package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;
import java.util.List;

/**
 * One element of a {@link PSCommand} as {@code $ps.Commands.Commands} shows it: the script text or command name,
 * the parameters and arguments added to it (an argument's Name is null), and whether a statement ends after it.
 * A snapshot: changing the PowerShell's commands later does not change it.
 */
@DotNetName("System.Management.Automation.Runspaces.Command")
public record Command(String commandText, boolean isScript, boolean useLocalScope, List<CommandParameter> parameters,
        boolean isEndOfStatement) {

    /** A parameter ({@code -Name value}, Value null for a switch) or a positional argument (Name null). */
    @DotNetName("System.Management.Automation.Runspaces.CommandParameter")
    public record CommandParameter(String name, Object value) {
        public String getName() {
            return name;
        }

        public Object getValue() {
            return value;
        }
    }

    public String getCommandText() {
        return commandText;
    }

    public boolean getIsScript() {
        return isScript;
    }

    public boolean getUseLocalScope() {
        return useLocalScope;
    }

    public List<CommandParameter> getParameters() {
        return parameters;
    }

    public boolean getIsEndOfStatement() {
        return isEndOfStatement;
    }

    @Override
    public String toString() {
        return commandText;
    }
}
