/**
 * What the PSRP messages say, shared by the server and the client: the CLIXML of message data
 * ({@link dev.jpwsh.remoting.protocol.Clixml}, on the engine's serializer), the objects each message type carries
 * ({@link dev.jpwsh.remoting.protocol.MessageData}, {@link dev.jpwsh.remoting.protocol.RemoteRecords}), and one
 * connection's framing of messages into packets ({@link dev.jpwsh.remoting.protocol.Connection}), and pwsh's table of
 * {@code $using:} values ({@link dev.jpwsh.remoting.protocol.UsingValues}). Uses {@code remoting.wire}, the engine's
 * public API, the CLIXML serializer and the language's parser.
 */
package dev.jpwsh.remoting.protocol;
