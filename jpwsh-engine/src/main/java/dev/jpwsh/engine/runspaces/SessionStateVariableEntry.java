package dev.jpwsh.engine.runspaces;

/**
 * A variable an {@link InitialSessionState} defines in every runspace built from it. The value is never
 * copied: each runspace gets the same reference, which is how scripts share a synchronized hashtable with a
 * pool. Immutable.
 */
public final class SessionStateVariableEntry {
    private final String name;
    private final Object value;
    private final String description;
    private final ScopedItemOptions options;

    public SessionStateVariableEntry(String name, Object value, String description) {
        this(name, value, description, ScopedItemOptions.None);
    }

    public SessionStateVariableEntry(String name, Object value, String description, ScopedItemOptions options) {
        this.name = name;
        this.value = value;
        this.description = description;
        this.options = options;
    }

    /** The overload with attributes; attributes are accepted and not enforced. */
    public SessionStateVariableEntry(String name, Object value, String description, ScopedItemOptions options,
            Object attributes) {
        this(name, value, description, options);
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public String getDescription() {
        return description;
    }

    public ScopedItemOptions getOptions() {
        return options;
    }

    @Override
    public String toString() {
        return name;
    }
}
