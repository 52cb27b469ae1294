package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.types.DotNetName;

/** A command an {@link InitialSessionState} puts in its runspaces: a cmdlet, an alias or a function. */
@DotNetName("System.Management.Automation.Runspaces.SessionStateCommandEntry")
public abstract class SessionStateCommandEntry extends ConstrainedSessionStateEntry {
    protected SessionStateCommandEntry(String name, SessionStateEntryVisibility visibility) {
        super(name, visibility);
    }

    public abstract CommandTypes getCommandType();
}
