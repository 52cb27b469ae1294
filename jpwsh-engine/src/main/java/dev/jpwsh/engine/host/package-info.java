/**
 * The host SPI: {@link dev.jpwsh.engine.host.Host} and {@link dev.jpwsh.engine.host.HostUserInterface}, through
 * which all engine output reaches the user. Implementations must accept calls from any thread.
 */
package dev.jpwsh.engine.host;
