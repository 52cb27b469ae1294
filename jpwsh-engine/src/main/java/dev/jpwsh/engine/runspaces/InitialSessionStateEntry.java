package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;

/** What every entry of an {@link InitialSessionState} has: a name, and a copy of itself for a cloned state. */
@DotNetName("System.Management.Automation.Runspaces.InitialSessionStateEntry")
public abstract class InitialSessionStateEntry {
    private final String name;

    protected InitialSessionStateEntry(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /**
     * The module the entry came from; jpwsh's entries never come from one (its cmdlets are built in, and modules
     * are imported when a runspace opens).
     */
    public Object getModule() {
        return null;
    }

    /** A copy for {@link InitialSessionState#Clone()}: values and script blocks are shared, not copied. */
    public abstract InitialSessionStateEntry Clone();

    @Override
    public String toString() {
        return name;
    }
}
