/**
 * Get-Culture and Get-UICulture: the session's cultures as System.Globalization.CultureInfo objects. Uses the
 * engine's public API and the .NET library's globalization facade.
 */
package dev.jpwsh.commands.culture;
