package dev.jpwsh.engine.event;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of engine events. */
public final class EventTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(PSEventArgs.class, "System.Management.Automation.PSEventArgs");
    }
}
