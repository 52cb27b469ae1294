package dev.jpwsh.engine.provider;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of providers and drives, as scripts write them in type literals. */
public final class ProviderTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(ProviderInfo.class, "System.Management.Automation.ProviderInfo");
        registrar.alias(PSDriveInfo.class, "System.Management.Automation.PSDriveInfo");
    }
}
