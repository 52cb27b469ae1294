package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.scope.VariableOptions;

/** System.Management.Automation.ScopedItemOptions for session state entries. */
public enum ScopedItemOptions {
    None, ReadOnly, Constant, Private, AllScope, Unspecified;

    /** The options as the flags a variable or function carries in a scope. */
    VariableOptions flags() {
        VariableOptions parsed = VariableOptions.parse(name());
        return parsed == null ? VariableOptions.NONE : parsed;
    }
}
