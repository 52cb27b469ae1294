package dev.jpwsh.commands.discovery;

import dev.jpwsh.dotnet.security.SecureStrings;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Read-Host: a line the user types, after the prompt and {@code ": "} when there is one, hidden behind {@code *}s with
 * -AsSecureString (which returns a SecureString) or -MaskInput. Where the host cannot ask, it fails as pwsh does: the
 * console outside an interactive session as pwsh's console in NonInteractive mode (InvalidOperation), any other host
 * as a host without user interaction (HostFunctionNotImplemented).
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
        String text = prompt == null ? "" : LanguagePrimitives.toString(prompt, " ") + ": ";
        String line = frame().context().host().ui().readLine(text, asSecureString || maskInput);
        if (line == null) {
            throw terminatingError(PromptFailures.cannotPrompt(frame()));
        }
        writeObject(asSecureString ? SecureStrings.of(line) : line);
    }
}
