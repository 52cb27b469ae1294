/**
 * System.Net.Sockets: TcpClient (with its asynchronous BeginConnect) and TcpListener, over Java's blocking
 * sockets. May use the rest of {@code jpwsh-dotnet} (threading for the async result) and {@code jpwsh-runtime}.
 */
package dev.jpwsh.dotnet.net;
