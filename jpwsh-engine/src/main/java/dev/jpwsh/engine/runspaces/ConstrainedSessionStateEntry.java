package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;

/** An entry with a {@link SessionStateEntryVisibility}; Public unless set. Not thread-safe. */
@DotNetName("System.Management.Automation.Runspaces.ConstrainedSessionStateEntry")
public abstract class ConstrainedSessionStateEntry extends InitialSessionStateEntry {
    private SessionStateEntryVisibility visibility;

    protected ConstrainedSessionStateEntry(String name, SessionStateEntryVisibility visibility) {
        super(name);
        this.visibility = visibility;
    }

    public SessionStateEntryVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(SessionStateEntryVisibility visibility) {
        this.visibility = visibility;
    }

    /** {@code copy} given this entry's visibility: how {@link #Clone()} finishes a copy. */
    final <T extends ConstrainedSessionStateEntry> T withVisibilityOf(T copy) {
        copy.setVisibility(visibility);
        return copy;
    }
}
