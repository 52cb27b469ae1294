package dev.jpwsh.commands.security;

import dev.jpwsh.runtime.object.DotNetName;

/** Microsoft.PowerShell.ExecutionPolicyScope, in .NET's order. */
@DotNetName("Microsoft.PowerShell.ExecutionPolicyScope")
public enum ExecutionPolicyScope {
    Process, CurrentUser, LocalMachine, UserPolicy, MachinePolicy
}
