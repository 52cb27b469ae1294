package dev.jpwsh.commands.security;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.runspaces.ExecutionPolicy;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.List;

/** Get-ExecutionPolicy: Unrestricted, in every scope, as pwsh on Linux; -List gives each scope's. */
@DotNetName("Microsoft.PowerShell.Commands.GetExecutionPolicyCommand")
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.ExecutionPolicy"})
public final class GetExecutionPolicyCommand extends Cmdlet {
    private static final List<ExecutionPolicyScope> PREFERENCE = List.of(ExecutionPolicyScope.MachinePolicy,
            ExecutionPolicyScope.UserPolicy, ExecutionPolicyScope.Process, ExecutionPolicyScope.CurrentUser,
            ExecutionPolicyScope.LocalMachine);

    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private ExecutionPolicyScope scope;

    @Parameter
    private boolean list;

    @Override
    protected void beginProcessing() {
        if (list && scope != null) {
            throw terminatingError(SecurityErrors.invalidOperation("ListAndScopeSpecified",
                    "Cannot get execution policy. Specify only the List or Scope parameters."));
        }
    }

    /** pwsh answers in BeginProcessing; jpwsh at the end, as its pipeline cannot yet take output from a begin. */
    @Override
    protected void endProcessing() {
        if (!list) {
            writeObject(ExecutionPolicy.Unrestricted);
            return;
        }
        for (ExecutionPolicyScope each : PREFERENCE) {
            PSObject entry = new PSObject();
            entry.set("Scope", each);
            entry.set("ExecutionPolicy", ExecutionPolicy.Unrestricted);
            writeObject(entry);
        }
    }
}
