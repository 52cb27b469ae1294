/**
 * The per-process Unix-domain socket transport: {@link dev.jpwsh.remoting.transport.PipeNames} (pwsh's pipe naming
 * on Unix), {@link dev.jpwsh.remoting.transport.ProcessListener} (the listener every jpwsh process starts, serving
 * each connection with a {@code ServerSession}) and Get-PSHostProcessInfo. Uses {@code remoting.server},
 * {@code remoting.protocol} and the engine's public API.
 */
package dev.jpwsh.remoting.transport;
