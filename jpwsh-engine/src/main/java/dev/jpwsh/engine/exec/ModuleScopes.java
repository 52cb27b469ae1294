package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.scope.Scope;

/**
 * Tells the core which scopes belong to a module, so a script block runs in the session state it was created in
 * (pwsh's rule) when it crosses into or out of a module. The modules layer installs it as a
 * {@linkplain ExecutionContext#installService service}.
 */
public interface ModuleScopes {
    /** Whether {@code scope} is a module's scope or inside one. */
    boolean inModule(Scope scope);

    /** The module (a PSModuleInfo) whose scope {@code scope} is or lies in, null when it lies in none. */
    Object moduleOf(Scope scope);

    /** The scope of {@code module} when it is a module (a PSModuleInfo) that ran code, else null. */
    Scope scopeOf(Object module);
}
