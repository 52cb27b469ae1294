package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Read-Host: a line the user types. jpwsh's hosts cannot ask the user yet, so it fails as pwsh does where it cannot:
 * the console as pwsh's console in NonInteractive mode (InvalidOperation), any other host as a host without user
 * interaction (HostFunctionNotImplemented), whatever -Prompt, -AsSecureString or -MaskInput say.
 */
@DotNetName("Microsoft.PowerShell.Commands.ReadHostCommand")
@dev.jpwsh.engine.command.OutputType({"System.String", "System.Security.SecureString"})
public final class ReadHostCommand extends Cmdlet {
    @Parameter(position = 0, valueFromRemainingArguments = true)
    private Object prompt;

    @Parameter
    private boolean asSecureString;

    @Parameter
    private boolean maskInput;

    @Override
    protected void endProcessing() {
        throw terminatingError(PromptFailures.cannotPrompt(frame()));
    }
}
