package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;

/**
 * {@code $ExecutionContext.SessionState.PSVariable}: reads find a variable as {@code $name} would from the
 * scope that asked; writes go to that scope, as an assignment would.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSVariableIntrinsics")
public final class VariableIntrinsics {
    private final Scope scope;

    VariableIntrinsics(Scope scope) {
        this.scope = scope;
    }

    /** The variable, or null when there is none by that name. */
    public PSVariable Get(String name) {
        return scope.lookup(Scope.key(name));
    }

    public Object GetValue(String name) {
        return GetValue(name, null);
    }

    public Object GetValue(String name, Object defaultValue) {
        PSVariable v = Get(name);
        return v == null ? defaultValue : v.value();
    }

    public void Set(String name, Object value) {
        PSVariable v = scope.assignable(Scope.key(name));
        if (v != null && v.isReadOnly()) {
            throw RuntimeFailures.variableNotWritable(name);
        }
        scope.set(name, value);
    }

    public void Remove(String name) {
        scope.remove(Scope.key(name));
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSVariableIntrinsics";
    }
}
