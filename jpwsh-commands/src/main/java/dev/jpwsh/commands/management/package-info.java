/**
 * Cmdlets of pwsh's Microsoft.PowerShell.Management module that work on providers: locations (Get-, Set-, Push-,
 * Pop-Location), paths (Join-, Split-, Test-, Resolve-, Convert-Path), items (Get-ChildItem, Get-, New-, Remove-,
 * Copy-, Move-, Rename-, Set-, Clear-Item), content (Get-, Set-, Add-, Clear-Content) and drives and providers
 * (Get-, New-, Remove-PSDrive, Get-PSProvider), registered with their aliases by {@link
 * dev.jpwsh.commands.management.ManagementCommands}. They share {@link
 * dev.jpwsh.commands.management.ProviderCmdlet}, which resolves paths and reports per-path errors.
 *
 * <p>One class per cmdlet; an instance serves one pipeline, on that pipeline's thread. May use the engine's
 * provider service ({@code dev.jpwsh.engine.provider}), commands and binding, and the modules below the engine.
 */
package dev.jpwsh.commands.management;
