/**
 * Dates and times: System.DateTime and System.TimeSpan, immutable values with .NET's members, formats and
 * operators (through {@code jpwsh-runtime}'s OperatorOverloads). May use {@code jpwsh-runtime} only.
 */
package dev.jpwsh.dotnet.time;
