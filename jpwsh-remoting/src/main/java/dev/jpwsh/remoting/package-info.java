/**
 * PowerShell remoting (MS-PSRP) for jpwsh. Sub-packages: {@code wire} (fragments, messages, message types and the
 * out-of-process packet framing; JDK only), {@code server} (a remoting session serving one connection from a local
 * runspace pool), {@code client} (remote runspaces driven by the engine's PowerShell class), {@code transport}
 * (the per-process Unix-domain socket listener and Get-PSHostProcessInfo) and {@code job} (Start-Job in child
 * processes).
 *
 * <p>Uses the engine's public hosting API and its CLIXML serializer ({@code engine.serialization}), never the
 * commands module; the engine knows nothing of this module.
 */
package dev.jpwsh.remoting;
