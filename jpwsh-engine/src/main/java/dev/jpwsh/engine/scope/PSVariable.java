package dev.jpwsh.engine.scope;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import dev.jpwsh.runtime.object.NonPublic;
import java.util.List;

/**
 * A variable: its name as first written, its value, and its options; to scripts, pwsh's PSVariable (Get-Variable's
 * output), whose Value sets the variable. The engine's own questions (is it constant, private, ...) are hidden from
 * scripts. Not thread-safe.
 */
@DotNetName("System.Management.Automation.PSVariable")
@DotNetProperties({"Name", "Description", "Value", "Visibility", "Module", "ModuleName", "Options", "Attributes"})
public final class PSVariable implements Ref.Variable {
    private final String name;
    private String description = "";
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

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Object getValue() {
        return value();
    }

    /** {@return always Public: jpwsh has no private session state entries} */
    public String getVisibility() {
        return "Public";
    }

    /** {@return null: a variable a module defines does not yet say so} */
    public Object getModule() {
        return null;
    }

    public String getModuleName() {
        return "";
    }

    public VariableOptions getOptions() {
        return options;
    }

    /** {@return the variable's attributes: none, as jpwsh keeps a type constraint apart ({@link #typeConstraint})} */
    public List<Object> getAttributes() {
        return List.of();
    }

    /** The value; null when it holds {@link AutomationNull#VALUE}, which reads as null everywhere. */
    @Override
    public Object value() {
        return source != null ? source.get() : value == AutomationNull.VALUE ? null : value;
    }

    /** The value as held, {@link AutomationNull#VALUE} included: what the variable sends down a pipeline. */
    @NonPublic
    public Object valueKeepingNothing() {
        return source == null ? value : source.get();
    }

    @Override
    public void setValue(Object value) {
        this.value = value;
    }

    /** Whether the value is worked out on each read ({@link #computed}) rather than held. */
    @NonPublic
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

    @NonPublic
    public boolean isConstant() {
        return options.has(VariableOptions.CONSTANT_BIT);
    }

    /** Whether assignments are refused: the variable is read-only or constant. */
    @NonPublic
    public boolean isReadOnly() {
        return options.has(VariableOptions.READ_ONLY_BIT) || isConstant();
    }

    /** {@code $private:x}: visible in its own scope only, not in the scopes it calls. */
    @NonPublic
    public boolean isPrivate() {
        return options.has(VariableOptions.PRIVATE_BIT);
    }

    @NonPublic
    public void makePrivate() {
        options = options.with(VariableOptions.PRIVATE_BIT);
    }

    /** Whether every child scope shares this variable, so assignments there change it. */
    @NonPublic
    public boolean isAllScope() {
        return options.has(VariableOptions.ALL_SCOPE_BIT);
    }

    /** The type {@code [int]$x = ...} fixed for later assignments, or null. */
    @NonPublic
    public Class<?> typeConstraint() {
        return typeConstraint;
    }

    @NonPublic
    public void setTypeConstraint(Class<?> type) {
        this.typeConstraint = type;
    }
}
