/**
 * System.Globalization for scripts: {@link dev.jpwsh.dotnet.globalization.CultureInfo}, the cultures .NET on Linux
 * knows by name, and the current one derived from the locale variables. Uses the runtime and the JDK's locales only.
 */
package dev.jpwsh.dotnet.globalization;
