package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * One element of a {@link PSCommand} as {@code $ps.Commands.Commands} shows it: the script text or command name,
 * the parameters and arguments added to it (an argument's Name is null), and whether a statement ends after it.
 * A snapshot: changing the PowerShell's commands later does not change it.
 *
 * @param commandText the script text, or the command's name
 * @param isScript whether {@code commandText} is script text (AddScript) rather than a command name
 * @param useLocalScope the useLocalScope it was added with; false when it was added without one
 * @param parameters the parameters and arguments added to it, in order
 * @param isEndOfStatement whether AddStatement came after it, so that a new statement starts there
 */
@DotNetName("System.Management.Automation.Runspaces.Command")
public record Command(String commandText, boolean isScript, boolean useLocalScope, List<CommandParameter> parameters,
        boolean isEndOfStatement) {

    /**
     * A parameter ({@code -Name value}, Value null for a switch) or a positional argument (Name null).
     *
     * @param name the parameter's name as AddParameter got it, or null for a positional argument (AddArgument)
     * @param value the argument; null for a switch added by name only
     */
    @DotNetName("System.Management.Automation.Runspaces.CommandParameter")
    public record CommandParameter(String name, Object value) {
        /** {@return {@code Name}: the parameter's name, or null for a positional argument} */
        public String getName() {
            return name;
        }

        /** {@return {@code Value}: the argument, or null for a switch added by name only} */
        public Object getValue() {
            return value;
        }
    }

    /** {@return {@code CommandText}: the script text or command name} */
    public String getCommandText() {
        return commandText;
    }

    /** {@return {@code IsScript}: whether it is script text (AddScript) rather than a command name} */
    public boolean getIsScript() {
        return isScript;
    }

    /** {@return {@code UseLocalScope}: the useLocalScope it was added with; false when it was added without one} */
    public boolean getUseLocalScope() {
        return useLocalScope;
    }

    /** {@return {@code Parameters}: the parameters and arguments added to it, in order} */
    public List<CommandParameter> getParameters() {
        return parameters;
    }

    /** {@return {@code IsEndOfStatement}: whether AddStatement came after it} */
    public boolean getIsEndOfStatement() {
        return isEndOfStatement;
    }

    /** {@return the command text} */
    @Override
    public String toString() {
        return commandText;
    }
}
