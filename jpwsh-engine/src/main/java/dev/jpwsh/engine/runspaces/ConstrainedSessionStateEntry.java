package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;

/** An entry with a {@link SessionStateEntryVisibility}; Public unless set. Not thread-safe. */
@DotNetName("System.Management.Automation.Runspaces.ConstrainedSessionStateEntry")
public abstract class ConstrainedSessionStateEntry extends InitialSessionStateEntry {
    private SessionStateEntryVisibility visibility;

    /**
     * An entry called {@code name} with {@code visibility}.
     *
     * @param name the name of what the entry defines
     * @param visibility Public or Private
     */
    protected ConstrainedSessionStateEntry(String name, SessionStateEntryVisibility visibility) {
        super(name);
        this.visibility = visibility;
    }

    /**
     * {@return {@code Visibility}: Private hides a command entry's command from the host's pipelines; a variable entry
     * keeps it without effect}
     */
    public SessionStateEntryVisibility getVisibility() {
        return visibility;
    }

    /**
     * Sets {@code Visibility}; it counts for runspaces opened from the state afterwards.
     *
     * @param visibility Public or Private
     */
    public void setVisibility(SessionStateEntryVisibility visibility) {
        this.visibility = visibility;
    }

    /** {@code copy} given this entry's visibility: how {@link #Clone()} finishes a copy. */
    final <T extends ConstrainedSessionStateEntry> T withVisibilityOf(T copy) {
        copy.setVisibility(visibility);
        return copy;
    }
}
