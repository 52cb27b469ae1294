package dev.jpwsh.engine.runspaces;

/** A function an {@link InitialSessionState} defines in every runspace built from it: a name and its body. */
public final class SessionStateFunctionEntry {
    private final String name;
    private final String definition;

    public SessionStateFunctionEntry(String name, String definition) {
        this.name = name;
        this.definition = definition;
    }

    public SessionStateFunctionEntry(String name, String definition, String helpFile) {
        this(name, definition);
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    @Override
    public String toString() {
        return name;
    }
}
