/**
 * The PSReadLine module's cmdlets as jpwsh's console has them: Get-/Set-PSReadLineOption over the process's
 * {@link dev.jpwsh.console.line.ReadLineOptions}, Get-/Set-/Remove-PSReadLineKeyHandler (PSReadLine function names
 * and script blocks on chords; Get- writes PSReadLine's KeyHandler objects, grouped and described as PSReadLine does),
 * and {@code [Microsoft.PowerShell.PSConsoleReadLine]}'s buffer methods for key handler script blocks. May use the engine's cmdlet API and the console's line package; the options it changes are read by
 * the line editor before each line it reads.
 */
package dev.jpwsh.console.psreadline;
