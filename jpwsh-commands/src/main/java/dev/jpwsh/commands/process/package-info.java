/**
 * The process-related cmdlets of Microsoft.PowerShell.Management and Microsoft.PowerShell.Host as they exist on
 * Linux: Get-, Stop-, Wait- and Start-Process over {@link dev.jpwsh.commands.process.ProcFsProcess} (a process read
 * from {@code /proc}, which scripts see as {@code System.Diagnostics.Process}), Get-TimeZone, Get-/Set-Clipboard,
 * Test-Connection's TCP form, Restart-/Stop-Computer and Start-/Stop-Transcript; registered with their default
 * aliases by {@link dev.jpwsh.commands.process.ProcessCommands}. Uses the engine's public API, the .NET class library
 * emulation (DateTime, TimeSpan) and the JDK's process API.
 */
package dev.jpwsh.commands.process;
