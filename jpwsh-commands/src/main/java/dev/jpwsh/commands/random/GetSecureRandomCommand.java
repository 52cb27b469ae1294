package dev.jpwsh.commands.random;

import dev.jpwsh.runtime.object.DotNetName;

/** Get-SecureRandom: Get-Random's numbers and picks from a cryptographic source, without a seed. */
@DotNetName("Microsoft.PowerShell.Commands.GetSecureRandomCommand")
public final class GetSecureRandomCommand extends RandomCommandBase {
}
