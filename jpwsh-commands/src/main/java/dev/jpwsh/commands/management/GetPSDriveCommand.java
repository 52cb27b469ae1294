package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;

/** Get-PSDrive (gdr): the session's drives, by -Name (wildcards) and -PSProvider, sorted by name. */
@DotNetName("Microsoft.PowerShell.Commands.GetPSDriveCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSDriveInfo"})
public final class GetPSDriveCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] name;

    @Parameter
    private String[] literalName;

    @Parameter
    private String[] psProvider;

    @Override
    protected void processRecord() {
        String[] names = literalName != null ? literalName : name == null ? new String[] {"*"} : name;
        for (String n : names) {
            boolean wildcard = literalName == null && Wildcard.containsWildcardCharacters(n);
            boolean found = false;
            for (PSDriveInfo drive : providers().drives()) {
                boolean matches = wildcard ? Wildcard.matches(drive.getName(), n, false)
                        : drive.getName().equalsIgnoreCase(n);
                if (matches && ofProvider(drive)) {
                    writeObject(drive);
                    found = true;
                }
            }
            if (!found && !wildcard) {
                reportError(ProviderErrors.driveNotFound(n));
            }
        }
    }

    private boolean ofProvider(PSDriveInfo drive) {
        if (psProvider == null) {
            return true;
        }
        for (String p : psProvider) {
            if (Wildcard.matches(drive.getProvider().getName(), p, false)) {
                return true;
            }
        }
        return false;
    }
}
