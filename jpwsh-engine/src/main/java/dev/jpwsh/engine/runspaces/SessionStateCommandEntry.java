package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.runtime.object.DotNetName;

/** A command an {@link InitialSessionState} puts in its runspaces: a cmdlet, an alias or a function. */
@DotNetName("System.Management.Automation.Runspaces.SessionStateCommandEntry")
public abstract class SessionStateCommandEntry extends ConstrainedSessionStateEntry {
    /**
     * A command entry called {@code name} with {@code visibility}.
     *
     * @param name the command's name
     * @param visibility Public or Private
     */
    protected SessionStateCommandEntry(String name, SessionStateEntryVisibility visibility) {
        super(name, visibility);
    }

    /** {@return {@code CommandType}: Cmdlet, Alias or Function} */
    public abstract CommandTypes getCommandType();
}
