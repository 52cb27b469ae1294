/**
 * The system clock: Set-Date, in {@link dev.jpwsh.commands.clock.ClockCommands}, which never changes the clock.
 * Uses the engine's public API and the .NET date types.
 */
package dev.jpwsh.commands.clock;
