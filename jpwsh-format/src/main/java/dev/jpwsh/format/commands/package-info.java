/**
 * The formatting and output cmdlets: Format-Table, Format-List, Format-Wide, Format-Custom, Format-Hex,
 * Out-String, Out-File, Out-Default, Out-Host, and the format data cmdlets Get-FormatData, Export-FormatData and
 * Update-FormatData. They build on {@code dev.jpwsh.format.view} (objects to formatting objects)
 * and {@code dev.jpwsh.format.render} (formatting objects to lines), and the engine's public command API.
 */
package dev.jpwsh.format.commands;
