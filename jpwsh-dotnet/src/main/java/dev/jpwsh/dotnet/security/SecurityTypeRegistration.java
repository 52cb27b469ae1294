package dev.jpwsh.dotnet.security;

import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The names of the secret-holding types, with PowerShell's accelerators {@code securestring} and {@code pscredential},
 * and {@code [System.Management.Automation.Platform]}, which the security and hex tests ask.
 */
public final class SecurityTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(SecureString.class, "securestring", "System.Security.SecureString");
        registrar.alias(PSCredential.class, "pscredential", "System.Management.Automation.PSCredential");
        registrar.alias(NetworkCredential.class, "System.Net.NetworkCredential");
        registrar.alias(dev.jpwsh.dotnet.automation.Platform.class, "System.Management.Automation.Platform");
    }
}
