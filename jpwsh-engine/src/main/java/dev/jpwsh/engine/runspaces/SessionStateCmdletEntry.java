package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.types.DotNetName;

/**
 * A cmdlet by name and implementing type ({@code [Microsoft.PowerShell.Commands.GetDateCommand]}, or any Java
 * class extending {@link dev.jpwsh.engine.command.Cmdlet} with a constructor without parameters).
 */
@DotNetName("System.Management.Automation.Runspaces.SessionStateCmdletEntry")
public final class SessionStateCmdletEntry extends SessionStateCommandEntry {
    private final Class<?> implementingType;
    private final String helpFileName;

    public SessionStateCmdletEntry(String name, Class<?> implementingType, String helpFileName) {
        super(name, SessionStateEntryVisibility.Public);
        this.implementingType = implementingType;
        this.helpFileName = helpFileName;
    }

    public Class<?> getImplementingType() {
        return implementingType;
    }

    public String getHelpFileName() {
        return helpFileName;
    }

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Cmdlet;
    }

    @Override
    public SessionStateCmdletEntry Clone() {
        return withVisibilityOf(new SessionStateCmdletEntry(getName(), implementingType, helpFileName));
    }
}
