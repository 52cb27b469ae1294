package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.runtime.object.TypeRegistration;

/** {@code [System.Management.Automation.PSSerializer]} and {@code [Microsoft.PowerShell.ExecutionPolicyScope]}. */
public final class ClixmlTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(PSSerializer.class, "System.Management.Automation.PSSerializer");
        registrar.alias(dev.jpwsh.commands.security.ExecutionPolicyScope.class,
                "Microsoft.PowerShell.ExecutionPolicyScope");
    }
}
