package dev.jpwsh.commands.security;

import dev.jpwsh.engine.command.CommandTable;

/** Registers the bytes-and-secrets cmdlets. */
public final class SecurityCommands {
    private SecurityCommands() {
    }

    public static void register(CommandTable table) {
        table.cmdlet("Get-FileHash", GetFileHashCommand.class);
        table.cmdlet("Unblock-File", UnblockFileCommand.class);
        table.cmdlet("ConvertTo-SecureString", ConvertToSecureStringCommand.class);
        table.cmdlet("ConvertFrom-SecureString", ConvertFromSecureStringCommand.class);
        table.cmdlet("Get-Credential", GetCredentialCommand.class);
        table.cmdlet("Get-ExecutionPolicy", GetExecutionPolicyCommand.class);
        table.cmdlet("Set-ExecutionPolicy", SetExecutionPolicyCommand.class);
    }
}
