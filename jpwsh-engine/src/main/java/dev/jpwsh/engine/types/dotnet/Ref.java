package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [ref]}: a box whose {@code .Value} a callee can set. {@code [ref]$x} refers to the variable itself, so
 * {@code [Interlocked]::Increment([ref]$x)} changes {@code $x}; {@code [ref]value} boxes a value.
 */
@DotNetName("System.Management.Automation.PSReference")
public final class Ref {
    private final PSVariable variable;
    private Object value;

    public Ref(Object value) {
        this.variable = null;
        this.value = value;
    }

    private Ref(PSVariable variable) {
        this.variable = variable;
    }

    public static Ref to(PSVariable variable) {
        return new Ref(variable);
    }

    public Object getValue() {
        return variable != null ? variable.value() : value;
    }

    public void setValue(Object newValue) {
        if (variable != null) {
            variable.setValue(newValue);
        } else {
            this.value = newValue;
        }
    }

    /** What atomic updates lock on: the variable, or this box. */
    Object lock() {
        return variable != null ? variable : this;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSReference`1[System.Object]";
    }
}
