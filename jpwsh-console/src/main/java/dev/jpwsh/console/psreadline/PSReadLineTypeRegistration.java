package dev.jpwsh.console.psreadline;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The PSReadLine type scripts call: {@code [Microsoft.PowerShell.PSConsoleReadLine]}. */
public final class PSReadLineTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(PSConsoleReadLine.class, "Microsoft.PowerShell.PSConsoleReadLine");
    }
}
