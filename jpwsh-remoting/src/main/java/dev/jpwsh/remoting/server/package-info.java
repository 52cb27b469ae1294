/**
 * The server side of PSRP: a {@link dev.jpwsh.remoting.server.ServerSession} serves one connection (capability
 * exchange, a local runspace pool as INIT_RUNSPACEPOOL asks, pipelines with their input, output, streams, stop and
 * close), each pipeline a {@link dev.jpwsh.remoting.server.ServerPipeline}. Transport-neutral: it takes any
 * {@link dev.jpwsh.remoting.protocol.Connection}, so a socket, a child's standard streams
 * ({@link dev.jpwsh.remoting.server.StandardStreamsServer}, {@code jpwsh -s}) or SSH can carry it. Uses
 * {@code remoting.protocol} and the engine's hosting API.
 */
package dev.jpwsh.remoting.server;
