/**
 * The client side of PSRP: {@link dev.jpwsh.remoting.client.NamedPipeConnectionInfo} (another process's pipe) and
 * {@link dev.jpwsh.remoting.client.NewProcessConnectionInfo} (a new child process, for Start-Job), which
 * {@code [runspacefactory]::CreateRunspace} turns into remote runspaces, and the
 * {@link dev.jpwsh.remoting.client.ClientSession} that connects one through its {@code ClientTransport} (a socket, a
 * child's standard streams) and runs the engine's PowerShell invocations on the server. Uses
 * {@code remoting.protocol}, {@code remoting.transport}'s pipe names, {@code remoting.server}'s entry point for the
 * children it starts, and the engine's hosting API.
 */
package dev.jpwsh.remoting.client;
