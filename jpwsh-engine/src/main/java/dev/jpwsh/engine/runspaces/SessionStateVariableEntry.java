package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.engine.types.DotNetName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A variable an {@link InitialSessionState} defines in every runspace built from it, with its options. The value
 * is never copied: each runspace gets the same reference, which is how scripts share a synchronized hashtable with
 * a pool. Attributes are kept but not enforced (jpwsh's variables take no validation attributes).
 */
@DotNetName("System.Management.Automation.Runspaces.SessionStateVariableEntry")
public final class SessionStateVariableEntry extends ConstrainedSessionStateEntry {
    private final Object value;
    private final String description;
    private final VariableOptions options;
    private final List<Object> attributes;

    public SessionStateVariableEntry(String name, Object value, String description) {
        this(name, value, description, VariableOptions.None);
    }

    public SessionStateVariableEntry(String name, Object value, String description, VariableOptions options) {
        this(name, value, description, options, List.of());
    }

    public SessionStateVariableEntry(String name, Object value, String description, VariableOptions options,
            Collection<?> attributes) {
        super(name, SessionStateEntryVisibility.Public);
        this.value = value;
        this.description = description;
        this.options = options;
        this.attributes = attributes == null ? new ArrayList<>() : new ArrayList<>(attributes);
    }

    public SessionStateVariableEntry(String name, Object value, String description, VariableOptions options,
            Object attribute) {
        this(name, value, description, options, attribute == null ? List.of() : List.of(attribute));
    }

    public Object getValue() {
        return value;
    }

    public String getDescription() {
        return description;
    }

    public VariableOptions getOptions() {
        return options;
    }

    public List<Object> getAttributes() {
        return attributes;
    }

    @Override
    public SessionStateVariableEntry Clone() {
        return withVisibilityOf(new SessionStateVariableEntry(getName(), value, description, options, attributes));
    }
}
