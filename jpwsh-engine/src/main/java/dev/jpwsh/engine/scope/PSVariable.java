package dev.jpwsh.engine.scope;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.exec.AutomationNull;

/** A variable: its name as first written, its value, and its options. Not thread-safe. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSVariable")
public final class PSVariable implements Ref.Variable {
    private final String name;
    private Object value;
    private VariableOptions options;
    private Class<?> typeConstraint;
    private final java.util.function.Supplier<Object> source;

    /** {@code [psvariable]::new('name')} and {@code [psvariable]::new('name', value)}, as scripts make one. */
    public PSVariable(String name, Object value) {
        this(name, value, VariableOptions.NONE);
    }

    public PSVariable(String name) {
        this(name, null, VariableOptions.NONE);
    }

    public PSVariable(String name, Object value, VariableOptions options) {
        this(name, value, options, null);
    }

    private PSVariable(String name, Object value, VariableOptions options,
            java.util.function.Supplier<Object> source) {
        this.name = name;
        this.value = value;
        this.options = options;
        this.source = source;
        noteAllScope(options);
    }

    /**
     * A constant whose value is worked out on each read, as {@code $PSCulture} follows
     * {@code [cultureinfo]::CurrentCulture}.
     */
    public static PSVariable computed(String name, java.util.function.Supplier<Object> source,
            VariableOptions options) {
        return new PSVariable(name, null, options, source);
    }

    public String name() {
        return name;
    }

    /** The value; null when it holds {@link AutomationNull#VALUE}, which reads as null everywhere. */
    @Override
    public Object value() {
        return source != null ? source.get() : value == AutomationNull.VALUE ? null : value;
    }

    /** The value as held, {@link AutomationNull#VALUE} included: what the variable sends down a pipeline. */
    public Object valueKeepingNothing() {
        return source == null ? value : source.get();
    }

    @Override
    public void setValue(Object value) {
        this.value = value;
    }

    /** Whether the value is worked out on each read ({@link #computed}) rather than held. */
    public boolean isComputed() {
        return source != null;
    }

    public VariableOptions options() {
        return options;
    }

    /** Changes the options; callers check first that a constant stays constant. */
    public void setOptions(VariableOptions options) {
        this.options = options;
        noteAllScope(options);
    }

    private void noteAllScope(VariableOptions options) {
        if (options.has(VariableOptions.ALL_SCOPE_BIT)) {
            AllScopeNames.add(name);
        }
    }

    public boolean isConstant() {
        return options.has(VariableOptions.CONSTANT_BIT);
    }

    /** Whether assignments are refused: the variable is read-only or constant. */
    public boolean isReadOnly() {
        return options.has(VariableOptions.READ_ONLY_BIT) || isConstant();
    }

    /** {@code $private:x}: visible in its own scope only, not in the scopes it calls. */
    public boolean isPrivate() {
        return options.has(VariableOptions.PRIVATE_BIT);
    }

    public void makePrivate() {
        options = options.with(VariableOptions.PRIVATE_BIT);
    }

    /** Whether every child scope shares this variable, so assignments there change it. */
    public boolean isAllScope() {
        return options.has(VariableOptions.ALL_SCOPE_BIT);
    }

    /** The type {@code [int]$x = ...} fixed for later assignments, or null. */
    public Class<?> typeConstraint() {
        return typeConstraint;
    }

    public void setTypeConstraint(Class<?> type) {
        this.typeConstraint = type;
    }
}
