package dev.jpwsh.engine.types.dotnet;

/** {@code [ref]}: a box whose {@code .Value} a callee can set. */
public final class Ref {
    private Object value;

    public Ref(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSReference`1[System.Object]";
    }
}
