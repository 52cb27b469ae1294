package dev.jpwsh.commands.text;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The .NET names of Select-String's objects as type literals: {@code [Microsoft.PowerShell.Commands.MatchInfo]}. */
public final class TextTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(MatchInfo.class, "Microsoft.PowerShell.Commands.MatchInfo");
        registrar.alias(MatchInfoContext.class, "Microsoft.PowerShell.Commands.MatchInfoContext");
    }
}
