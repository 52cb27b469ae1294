package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [ref]}: a box whose {@code .Value} a callee can set. {@code [ref]$x} refers to the variable itself, so
 * {@code [Interlocked]::Increment([ref]$x)} changes {@code $x}; {@code [ref]value} boxes a value.
 */
@DotNetName("System.Management.Automation.PSReference")
public final class Ref {
    private final Variable variable;
    private Object value;

    public Ref(Object value) {
        this.variable = null;
        this.value = value;
    }

    private Ref(Variable variable) {
        this.variable = variable;
    }

    public static Ref to(Variable variable) {
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

    /**
     * What atomic updates ({@code [Interlocked]}) lock on, kept out of {@code [ref]}'s own members so scripts do
     * not see it.
     */
    public static final class Locks {
        private Locks() {
        }

        /** The variable a {@code [ref]} refers to, or the box itself. */
        public static Object of(Ref ref) {
            return ref.variable != null ? ref.variable : ref;
        }
    }

    /** A variable of a session, as {@code [ref]$x} refers to it: the engine's variables are ones. */
    public interface Variable {
        Object value();

        void setValue(Object value);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSReference`1[System.Object]";
    }
}
