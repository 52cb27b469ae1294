package dev.jpwsh.commands.security;

import dev.jpwsh.commands.discovery.PromptFailures;
import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Get-Credential: a credential given with -Credential passes through; anything else would prompt for a password,
 * which jpwsh's hosts cannot do, so it fails as Read-Host does (a user name given to -Credential too, as pwsh's
 * Credential attribute prompts for its password).
 */
@DotNetName("Microsoft.PowerShell.Commands.GetCredentialCommand")
@DefaultParameterSet("CredentialSet")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSCredential"})
public final class GetCredentialCommand extends Cmdlet {
    @Parameter(parameterSetName = "CredentialSet", position = 0)
    private Object credential;

    @Parameter(parameterSetName = "MessageSet")
    private String message;

    @Parameter(parameterSetName = "MessageSet", position = 0)
    private String userName;

    @Parameter(parameterSetName = "MessageSet")
    private String title;

    /** pwsh answers in BeginProcessing; jpwsh at the end, as its pipeline cannot yet take output from a begin. */
    @Override
    protected void endProcessing() {
        if (credential instanceof PSCredential given) {
            writeObject(given);
            return;
        }
        throw terminatingError(PromptFailures.cannotPrompt(frame()));
    }
}
