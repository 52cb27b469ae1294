package dev.jpwsh.engine.modules;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of modules. */
public final class ModuleTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(PSModuleInfo.class, "psmoduleinfo", "System.Management.Automation.PSModuleInfo");
        registrar.alias(ModuleType.class, "System.Management.Automation.ModuleType");
    }
}
