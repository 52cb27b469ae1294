/**
 * The client side of PSRP: {@link dev.jpwsh.remoting.client.NamedPipeConnectionInfo}, which
 * {@code [runspacefactory]::CreateRunspace} turns into a remote runspace, and the
 * {@link dev.jpwsh.remoting.client.ClientSession} that connects it and runs the engine's PowerShell invocations on the
 * server. Uses {@code remoting.protocol}, {@code remoting.transport}'s pipe names and the engine's hosting API.
 */
package dev.jpwsh.remoting.client;
