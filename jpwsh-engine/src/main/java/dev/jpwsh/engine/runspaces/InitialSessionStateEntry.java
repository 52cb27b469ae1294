package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;

/** What every entry of an {@link InitialSessionState} has: a name, and a copy of itself for a cloned state. */
@DotNetName("System.Management.Automation.Runspaces.InitialSessionStateEntry")
public abstract class InitialSessionStateEntry {
    private final String name;

    /**
     * An entry called {@code name}.
     *
     * @param name the name of what the entry defines
     */
    protected InitialSessionStateEntry(String name) {
        this.name = name;
    }

    /** {@return {@code Name}: the name of the command or variable the entry defines} */
    public String getName() {
        return name;
    }

    /**
     * The module the entry came from; jpwsh's entries never come from one (its cmdlets are built in, and modules
     * are imported when a runspace opens).
     *
     * @return null
     */
    public Object getModule() {
        return null;
    }

    /**
     * A copy for {@link InitialSessionState#Clone()}: values and script blocks are shared, not copied.
     *
     * @return a new entry of the same class with the same values and visibility
     */
    public abstract InitialSessionStateEntry Clone();

    /** {@return the entry's name} */
    @Override
    public String toString() {
        return name;
    }
}
