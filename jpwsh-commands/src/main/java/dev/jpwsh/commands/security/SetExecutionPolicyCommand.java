package dev.jpwsh.commands.security;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.runspaces.ExecutionPolicy;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Set-ExecutionPolicy as on pwsh for Linux, which has no execution policies: the group-policy scopes are refused
 * (CantSetGroupPolicy); any other change, once -WhatIf and -Confirm allow it, fails with PlatformNotSupportedException.
 */
@DotNetName("Microsoft.PowerShell.Commands.SetExecutionPolicyCommand")
@SupportsShouldProcess
public final class SetExecutionPolicyCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private ExecutionPolicy executionPolicy;

    @Parameter(position = 1, valueFromPipelineByPropertyName = true)
    private ExecutionPolicyScope scope = ExecutionPolicyScope.LocalMachine;

    @Parameter
    private boolean force;

    @Override
    protected void beginProcessing() {
        if (scope == ExecutionPolicyScope.UserPolicy || scope == ExecutionPolicyScope.MachinePolicy) {
            throw terminatingError(SecurityErrors.invalidOperation("CantSetGroupPolicy", "Cannot set execution "
                    + "policy. Execution policies at the MachinePolicy or UserPolicy scopes must be set through Group "
                    + "Policy."));
        }
    }

    @Override
    protected void processRecord() {
        if (shouldProcess(executionPolicy.name(), "Set-ExecutionPolicy")) {
            throw terminatingError(SecurityErrors.platformNotSupported());
        }
    }
}
