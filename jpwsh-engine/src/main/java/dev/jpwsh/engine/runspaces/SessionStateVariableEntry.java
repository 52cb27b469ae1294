package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;
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

    /**
     * A variable {@code name} with {@code value}, no options and no attributes.
     *
     * @param name the variable's name, without {@code $}
     * @param value its value, which every runspace shares
     * @param description its Description, kept only
     */
    public SessionStateVariableEntry(String name, Object value, String description) {
        this(name, value, description, VariableOptions.None);
    }

    /**
     * A variable with options and no attributes.
     *
     * @param name the variable's name, without {@code $}
     * @param value its value, which every runspace shares
     * @param description its Description, kept only
     * @param options its Options (ScopedItemOptions), with which the variable is defined
     */
    public SessionStateVariableEntry(String name, Object value, String description, VariableOptions options) {
        this(name, value, description, options, List.of());
    }

    /**
     * A variable with options and attributes.
     *
     * @param name the variable's name, without {@code $}
     * @param value its value, which every runspace shares
     * @param description its Description, kept only
     * @param options its Options (ScopedItemOptions), with which the variable is defined
     * @param attributes its Attributes, copied into a list of the entry's own; null for none
     */
    public SessionStateVariableEntry(String name, Object value, String description, VariableOptions options,
            Collection<?> attributes) {
        super(name, SessionStateEntryVisibility.Public);
        this.value = value;
        this.description = description;
        this.options = options;
        this.attributes = attributes == null ? new ArrayList<>() : new ArrayList<>(attributes);
    }

    /**
     * A variable with options and one attribute.
     *
     * @param name the variable's name, without {@code $}
     * @param value its value, which every runspace shares
     * @param description its Description, kept only
     * @param options its Options (ScopedItemOptions), with which the variable is defined
     * @param attribute its one attribute; null for none
     */
    public SessionStateVariableEntry(String name, Object value, String description, VariableOptions options,
            Object attribute) {
        this(name, value, description, options, attribute == null ? List.of() : List.of(attribute));
    }

    /** {@return {@code Value}: the object every runspace's variable starts with, the same reference in each} */
    public Object getValue() {
        return value;
    }

    /** {@return {@code Description}: kept only} */
    public String getDescription() {
        return description;
    }

    /** {@return {@code Options}: the ScopedItemOptions the variable is defined with} */
    public VariableOptions getOptions() {
        return options;
    }

    /** {@return {@code Attributes}: the entry's own list, which callers may change; kept, not enforced} */
    public List<Object> getAttributes() {
        return attributes;
    }

    /** {@return a copy with the same value and visibility, and the same attribute objects in a list of its own} */
    @Override
    public SessionStateVariableEntry Clone() {
        return withVisibilityOf(new SessionStateVariableEntry(getName(), value, description, options, attributes));
    }
}
