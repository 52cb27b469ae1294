package dev.jpwsh.format.commands;

import dev.jpwsh.runtime.object.TypeRegistration;

/** Type names scripts use for the output cmdlets' objects: {@code [Microsoft.PowerShell.Commands.ByteCollection]}. */
public final class FormatTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(ByteCollection.class, "Microsoft.PowerShell.Commands.ByteCollection");
    }
}
