package dev.jpwsh.commands.security;

import dev.jpwsh.commands.discovery.PromptFailures;
import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.host.CredentialPrompt;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Get-Credential: a credential given with -Credential passes through; anything else prompts through the host's
 * PromptForCredential with -Title and -Message (pwsh's "PowerShell credential request" and "Enter your credentials."
 * by default), for the password of a user name given to -Credential or -UserName, or for both. Where the host cannot
 * ask, it fails as Read-Host does.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetCredentialCommand")
@DefaultParameterSet("CredentialSet")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSCredential"})
public final class GetCredentialCommand extends Cmdlet {
    private static final String DEFAULT_TITLE = "PowerShell credential request";
    private static final String DEFAULT_MESSAGE = "Enter your credentials.";

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
        String user = credential != null ? LanguagePrimitives.toString(credential) : userName;
        PSCredential typed = CredentialPrompt.ask(frame().context().host().ui(),
                title == null ? DEFAULT_TITLE : title, message == null ? DEFAULT_MESSAGE : message, user, "");
        if (typed == null) {
            throw terminatingError(PromptFailures.cannotPrompt(frame()));
        }
        writeObject(typed);
    }
}
