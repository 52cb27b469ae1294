/**
 * The runspace system and the public hosting API: {@link dev.jpwsh.engine.runspaces.RunspaceFactory},
 * {@link dev.jpwsh.engine.runspaces.Runspace}, {@link dev.jpwsh.engine.runspaces.RunspacePool},
 * {@link dev.jpwsh.engine.runspaces.PowerShell} and {@link dev.jpwsh.engine.runspaces.InitialSessionState},
 * shaped like System.Management.Automation. Scripts reach the same objects through {@code [runspacefactory]}
 * and {@code [powershell]}, with .NET member names matched without regard to case. The hosting layer, the top
 * of the engine: it may use every package below it, and it creates each session and installs the services
 * layer's objects into it ({@link dev.jpwsh.engine.runspaces.SessionServices},
 * {@link dev.jpwsh.engine.runspaces.RunspaceEventOwner}), and registers the type names of its classes
 * ({@link dev.jpwsh.engine.runspaces.HostingTypeRegistration}). Nothing in the engine uses it. Remote runspaces are
 * made from a {@link dev.jpwsh.engine.runspaces.RunspaceConnectionInfo} that a remoting module defines, and run their
 * invocations through its {@link dev.jpwsh.engine.runspaces.RemoteSession}; such a module's per-process services
 * start with the first runspace ({@link dev.jpwsh.engine.runspaces.ProcessService}).
 */
package dev.jpwsh.engine.runspaces;
