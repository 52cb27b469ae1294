package dev.jpwsh.commands.random;

import dev.jpwsh.runtime.object.DotNetName;

/** Get-SecureRandom: Get-Random's numbers and picks from a cryptographic source, without a seed. */
@DotNetName("Microsoft.PowerShell.Commands.GetSecureRandomCommand")
@dev.jpwsh.engine.command.OutputType({"System.Int32", "System.Int64", "System.Double"})
public final class GetSecureRandomCommand extends RandomCommandBase {
}
