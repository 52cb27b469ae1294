/**
 * System.Diagnostics: Process (the running process, others by id or name from {@code /proc}, and programs
 * started with ProcessStartInfo, their exit codes and redirected standard streams) and the exceptions it raises.
 * May use {@code jpwsh-runtime}, the {@code dev.jpwsh.dotnet} root package and its {@code collections}, {@code io}, {@code text} and
 * {@code time} packages.
 */
package dev.jpwsh.dotnet.diagnostics;
