/**
 * The host SPI: {@link dev.jpwsh.engine.host.Host} and {@link dev.jpwsh.engine.host.HostUserInterface}, through
 * which all engine output reaches the user. Implementations must accept calls from any thread. Interpreter core: uses exec only for the records it shows.
 */
package dev.jpwsh.engine.host;
