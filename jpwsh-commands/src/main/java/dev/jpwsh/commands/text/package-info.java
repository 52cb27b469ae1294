/**
 * The text-search cmdlet Select-String ({@link dev.jpwsh.commands.text.SelectStringCommand}) and the objects it
 * writes ({@link dev.jpwsh.commands.text.MatchInfo} with its {@link dev.jpwsh.commands.text.MatchInfoContext}), whose
 * text and emphasis are pwsh's. Uses the engine's cmdlet and provider API, the .NET regex facade of jpwsh-dotnet and
 * the runtime's regex translator; registered by {@link dev.jpwsh.commands.text.TextCommands} and, as type names, by
 * {@link dev.jpwsh.commands.text.TextTypeRegistration}.
 */
package dev.jpwsh.commands.text;
