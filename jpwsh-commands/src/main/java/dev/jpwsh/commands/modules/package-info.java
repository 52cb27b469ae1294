/**
 * The module cmdlets beyond importing and listing: Remove-Module, New-Module, New-ModuleManifest,
 * Test-ModuleManifest, and Import-PowerShellDataFile, which reads a {@code .psd1} as safe data. They use the
 * engine's modules service ({@code dev.jpwsh.engine.modules}) and its command and provider model.
 */
package dev.jpwsh.commands.modules;
