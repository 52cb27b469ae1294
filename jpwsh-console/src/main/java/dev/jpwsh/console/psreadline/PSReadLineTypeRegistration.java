package dev.jpwsh.console.psreadline;

import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The PSReadLine types scripts name: {@code [Microsoft.PowerShell.PSConsoleReadLine]}, Get-PSReadLineKeyHandler's
 * {@code [Microsoft.PowerShell.KeyHandler]} and its {@code [Microsoft.PowerShell.KeyHandlerGroup]}.
 */
public final class PSReadLineTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(PSConsoleReadLine.class, "Microsoft.PowerShell.PSConsoleReadLine");
        registrar.alias(KeyHandler.class, "Microsoft.PowerShell.KeyHandler");
        registrar.alias(KeyHandlerGroup.class, "Microsoft.PowerShell.KeyHandlerGroup");
    }
}
