/**
 * PowerShell's own data formats: ConvertFrom-StringData ({@code name=value} lines) and Import-LocalizedData (the
 * {@code .psd1} file of the UI culture, or of its parent cultures, run under the restricted-language rules that
 * {@code data} sections follow). Uses the engine's cmdlet API, script compilation and language checker and
 * jpwsh-dotnet's CultureInfo and Regex; registered by {@link dev.jpwsh.commands.data.psdata.PowerShellDataCommands}.
 */
package dev.jpwsh.commands.data.psdata;
