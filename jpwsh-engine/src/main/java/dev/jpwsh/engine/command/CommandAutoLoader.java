package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;

/**
 * Module auto-loading as the command resolver asks for it: the services layer implements it and installs it as a
 * session service, so the interpreter core calls up without depending on the modules service.
 */
public interface CommandAutoLoader {
    /**
     * Imports a module from {@code $env:PSModulePath} that exports {@code commandName}, when
     * {@code $PSModuleAutoLoadingPreference} allows it ({@code qualified}: the call named the module); true when one
     * was imported.
     */
    boolean loadFor(Frame frame, String commandName, boolean qualified);

    /** Imports the module {@code moduleName} for a {@code Module\Command} call; true when it is imported now. */
    boolean loadModule(Frame frame, String moduleName);
}
