package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;

/**
 * {@code $runspace.SessionStateProxy}: reads and writes the global variables of an open, idle runspace. Values
 * are stored by reference. Calls on a runspace that is running a pipeline fail, as in pwsh.
 */
public final class SessionStateProxy {
    private final Runspace runspace;

    SessionStateProxy(Runspace runspace) {
        this.runspace = runspace;
    }

    public void setVariable(String name, Object value) {
        if (name == null) {
            throw new IllegalArgumentException("Value cannot be null. (Parameter 'name')");
        }
        global().set(name, value);
    }

    public Object getVariable(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Value cannot be null. (Parameter 'name')");
        }
        if (name.isEmpty()) {
            return null;
        }
        PSVariable variable = global().lookup(Scope.key(name));
        return variable == null ? null : variable.value();
    }

    public PSLanguageMode getLanguageMode() {
        return runspace.getInitialSessionState().getLanguageMode();
    }

    private Scope global() {
        Scope global = runspace.context().global();
        if (runspace.isBusy()) {
            throw RunspaceErrors.proxyWhilePipelineRuns();
        }
        return global;
    }
}
