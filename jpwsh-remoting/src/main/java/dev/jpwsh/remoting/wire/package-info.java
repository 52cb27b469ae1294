/**
 * The bytes of the PowerShell Remoting Protocol: {@link dev.jpwsh.remoting.wire.Fragment}s (MS-PSRP 2.2.4) and their
 * reassembly, {@link dev.jpwsh.remoting.wire.Message}s (2.2.1) with their {@link dev.jpwsh.remoting.wire.MessageType}s,
 * and the line-based XML {@link dev.jpwsh.remoting.wire.Packet}s that carry them over pipes, standard streams and SSH.
 * Malformed input is a {@link dev.jpwsh.remoting.wire.WireException}. Uses the JDK only.
 */
package dev.jpwsh.remoting.wire;
