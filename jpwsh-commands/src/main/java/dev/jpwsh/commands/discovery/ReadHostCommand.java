package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Read-Host: a line the user types. jpwsh's hosts cannot ask the user yet, so it fails as pwsh does where it cannot:
 * the console as pwsh's console in NonInteractive mode (InvalidOperation), any other host as a host without user
 * interaction (HostFunctionNotImplemented), whatever -Prompt, -AsSecureString or -MaskInput say.
 */
@DotNetName("Microsoft.PowerShell.Commands.ReadHostCommand")
public final class ReadHostCommand extends Cmdlet {
    @Parameter(position = 0, valueFromRemainingArguments = true)
    private Object prompt;

    @Parameter
    private boolean asSecureString;

    @Parameter
    private boolean maskInput;

    @Override
    protected void endProcessing() {
        if ("ConsoleHost".equals(frame().context().host().name())) {
            throw terminatingError(RuntimeFailures.create("InvalidOperation", "InvalidOperation", "PowerShell is in "
                    + "NonInteractive mode. Read and Prompt functionality is not available.", null,
                    "System.Management.Automation.PSInvalidOperationException"));
        }
        throw terminatingError(RuntimeFailures.create("HostFunctionNotImplemented", "NotImplemented",
                "A command that prompts the user failed because the host program or the command type does not "
                        + "support user interaction. Try a host program that supports user interaction, such as the "
                        + "PowerShell Console, and remove prompt-related commands from command types that do not "
                        + "support user interaction.", null, "System.Management.Automation.Host.HostException"));
    }
}
