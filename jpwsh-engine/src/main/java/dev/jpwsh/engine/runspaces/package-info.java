/**
 * The runspace system and the public hosting API: {@link dev.jpwsh.engine.runspaces.RunspaceFactory},
 * {@link dev.jpwsh.engine.runspaces.Runspace}, {@link dev.jpwsh.engine.runspaces.RunspacePool},
 * {@link dev.jpwsh.engine.runspaces.PowerShell} and {@link dev.jpwsh.engine.runspaces.InitialSessionState},
 * shaped like System.Management.Automation. Scripts reach the same objects through {@code [runspacefactory]}
 * and {@code [powershell]}, with .NET member names matched without regard to case.
 */
package dev.jpwsh.engine.runspaces;
