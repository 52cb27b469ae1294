package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.CmdletProvider;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;

/** Get-PSProvider: the session's providers, by -PSProvider name (wildcards), sorted by name. */
@DotNetName("Microsoft.PowerShell.Commands.GetPSProviderCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.ProviderInfo"})
public final class GetPSProviderCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String[] psProvider;

    @Override
    protected void processRecord() {
        String[] names = psProvider == null ? new String[] {"*"} : psProvider;
        for (String n : names) {
            boolean found = false;
            for (CmdletProvider provider : providers().providers()) {
                String bare = n.contains("\\") ? n.substring(n.lastIndexOf('\\') + 1) : n;
                if (Wildcard.matches(provider.name(), bare, false)) {
                    writeObject(provider.info());
                    found = true;
                }
            }
            if (!found && !Wildcard.containsWildcardCharacters(n)) {
                reportError(ProviderErrors.providerNotFound(n));
            }
        }
    }
}
