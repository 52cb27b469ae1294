/**
 * System.Globalization for scripts: {@link dev.jpwsh.dotnet.globalization.CultureInfo}, the cultures .NET on Linux
 * knows by name and the thread's current one, with their {@link dev.jpwsh.dotnet.globalization.NumberFormatInfo} and
 * {@link dev.jpwsh.dotnet.globalization.DateTimeFormatInfo} (facades over the runtime's FormatCulture). Uses the
 * runtime and the JDK's locales only.
 */
package dev.jpwsh.dotnet.globalization;
