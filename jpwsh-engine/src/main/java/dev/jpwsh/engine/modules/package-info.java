/**
 * Script modules: finding them by name on {@code $env:PSModulePath} or by path ({@link
 * dev.jpwsh.engine.modules.ModuleFinder}), reading manifests ({@link dev.jpwsh.engine.modules.ModuleManifest}),
 * running a module's code in a scope of its own and importing what it exports into the caller's session ({@link
 * dev.jpwsh.engine.modules.ModuleImporter}), and the modules a session has imported ({@link
 * dev.jpwsh.engine.modules.ModuleTable}). A module's code is compiled once per process (the script cache); each
 * session runs it in its own module scope. Used by Import-Module, Get-Module, Export-ModuleMember and by an initial
 * session state's module imports when a runspace opens, always on the session's pipeline thread. Session services layer:
 * uses the interpreter core (exec, scope, command) and the modules below the engine.
 * {@link dev.jpwsh.engine.modules.ModuleTypeRegistration} registers the type names of its classes.
 */
package dev.jpwsh.engine.modules;
