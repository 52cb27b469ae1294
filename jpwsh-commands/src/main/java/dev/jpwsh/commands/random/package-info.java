/**
 * Get-Random and Get-SecureRandom ({@link dev.jpwsh.commands.random.RandomCommandBase}) with the generator they
 * draw from ({@link dev.jpwsh.commands.random.RandomSource}, seeded as .NET's Random by
 * {@link dev.jpwsh.commands.random.NetRandom}), and Get-Uptime (from /proc/uptime). Uses the engine's cmdlet API and
 * conversions and jpwsh-dotnet's DateTime and TimeSpan;
 * registered by {@link dev.jpwsh.commands.random.RandomCommands}.
 */
package dev.jpwsh.commands.random;
