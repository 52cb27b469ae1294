/**
 * Cmdlets of pwsh's Microsoft.PowerShell.Utility module, and a few simple ones of its Core module (Out-Null,
 * Set-StrictMode): the Write-* streams ({@link dev.jpwsh.commands.utility.WriteStreamCommands}, Write-Host,
 * Write-Output), Select-, Sort-, Group- and Measure-Object, New-Object, Get-Date, Get-Random, Start-Sleep, the
 * *-Variable cmdlets ({@link dev.jpwsh.commands.utility.VariableCommands}), Get-Runspace, and the engine event
 * cmdlets (Register-EngineEvent, Register-ObjectEvent, New-, Get-, Wait- and Remove-Event, Unregister-Event,
 * Get-EventSubscriber), which share {@link dev.jpwsh.commands.utility.EventCommand}.
 *
 * <p>One class per cmdlet; an instance serves one pipeline, on that pipeline's thread. May use the engine (commands
 * and binding, events, the hosting API for Get-Runspace), the property expressions of
 * {@code dev.jpwsh.commands.objects} (Select- and Group-Object) and the modules below it.
 */
package dev.jpwsh.commands.utility;
