package dev.jpwsh.engine.exec;

/**
 * The error whatever prompts the user (Read-Host, Get-Credential, a confirmation) gets, as jpwsh's hosts cannot ask
 * yet: the console fails as pwsh's console in NonInteractive mode, any other host as one without user interaction.
 */
public final class HostPrompts {
    private HostPrompts() {
    }

    public static PSException cannotPrompt(ExecutionContext context) {
        if ("ConsoleHost".equals(context.host().name())) {
            return RuntimeFailures.create("InvalidOperation", "InvalidOperation", "PowerShell is in "
                    + "NonInteractive mode. Read and Prompt functionality is not available.", null,
                    "System.Management.Automation.PSInvalidOperationException");
        }
        return RuntimeFailures.create("HostFunctionNotImplemented", "NotImplemented",
                "A command that prompts the user failed because the host program or the command type does not "
                        + "support user interaction. Try a host program that supports user interaction, such as the "
                        + "PowerShell Console, and remove prompt-related commands from command types that do not "
                        + "support user interaction.", null, "System.Management.Automation.Host.HostException");
    }
}
