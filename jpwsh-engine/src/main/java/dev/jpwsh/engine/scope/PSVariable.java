package dev.jpwsh.engine.scope;

/** A variable: its name as first written, its value, and whether it may change. Not thread-safe. */
public final class PSVariable {
    private final String name;
    private Object value;
    private final boolean constant;
    private Class<?> typeConstraint;
    private boolean isPrivate;

    public PSVariable(String name, Object value, boolean constant) {
        this.name = name;
        this.value = value;
        this.constant = constant;
    }

    public String name() {
        return name;
    }

    public Object value() {
        return value;
    }

    public boolean isConstant() {
        return constant;
    }

    public void setValue(Object value) {
        this.value = value;
    }

    /** {@code $private:x}: visible in its own scope only, not in the scopes it calls. */
    public boolean isPrivate() {
        return isPrivate;
    }

    public void makePrivate() {
        this.isPrivate = true;
    }

    /** The type {@code [int]$x = ...} fixed for later assignments, or null. */
    public Class<?> typeConstraint() {
        return typeConstraint;
    }

    public void setTypeConstraint(Class<?> type) {
        this.typeConstraint = type;
    }
}
