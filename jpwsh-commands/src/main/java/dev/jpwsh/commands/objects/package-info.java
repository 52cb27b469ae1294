/**
 * The object cmdlets of Microsoft.PowerShell.Utility ({@link dev.jpwsh.commands.objects.ObjectCommands}):
 * Get-Member and Add-Member over the extended type system of {@code jpwsh-runtime}'s {@code object} package, with
 * the .NET members of Java's own classes from a catalogue of .NET's definitions ({@code dotnet-members.txt}).
 * May use the engine's public API and the modules below it.
 */
package dev.jpwsh.commands.objects;
