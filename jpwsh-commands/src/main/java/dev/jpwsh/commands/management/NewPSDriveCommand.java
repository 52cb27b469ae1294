package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.CmdletProvider;
import dev.jpwsh.engine.provider.NavigationCmdletProvider;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * New-PSDrive (ndr): a drive of {@code -PSProvider} named {@code -Name} rooted at {@code -Root} (for FileSystem an
 * existing folder, relative roots taken from the current location); writes it.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewPSDriveCommand")
@SupportsShouldProcess(ConfirmImpact.Low)
public final class NewPSDriveCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true)
    private String name;

    @Parameter(position = 1, mandatory = true)
    private String psProvider;

    @Parameter(position = 2, mandatory = true)
    @AllowEmptyString
    private String root;

    @Parameter
    private String description;

    @Parameter
    private String scope;

    @Parameter
    private boolean persist;

    @Override
    protected void processRecord() {
        try {
            CmdletProvider provider = providers().provider(psProvider);
            String providerRoot = root;
            if (provider instanceof NavigationCmdletProvider) {
                ProviderPath resolved = providers().paths().parse(root);
                providerRoot = resolved.provider() == provider ? resolved.path() : root;
            }
            writeObject(providers().newDrive(name, provider, providerRoot, description));
        } catch (PSException e) {
            reportError(e);
        }
    }
}
