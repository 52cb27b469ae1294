/**
 * The discovery and invocation cmdlets: Get-Command (CommandInfo objects from the engine's
 * {@link dev.jpwsh.engine.command.CommandDiscovery}), Invoke-Expression, Measure-Command, Get-Verb, the alias cmdlets,
 * Get-Host and Read-Host, registered by {@link dev.jpwsh.commands.discovery.DiscoveryCommands}. May use the engine's
 * public API and the modules below it.
 */
package dev.jpwsh.commands.discovery;
