package dev.jpwsh.commands.data.json;

import dev.jpwsh.runtime.object.TypeRegistration;

/** {@code [Microsoft.PowerShell.Commands.JsonObject]} and {@code [Microsoft.PowerShell.Commands.JsonDateKind]}. */
public final class JsonTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(JsonObject.class, "Microsoft.PowerShell.Commands.JsonObject");
        registrar.alias(JsonDateKind.class, "Microsoft.PowerShell.Commands.JsonDateKind");
    }
}
