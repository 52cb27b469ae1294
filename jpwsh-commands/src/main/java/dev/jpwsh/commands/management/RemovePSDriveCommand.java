package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.runtime.object.DotNetName;

/** Remove-PSDrive (rdr): removes the named drives, the current one too, as pwsh does. */
@DotNetName("Microsoft.PowerShell.Commands.RemovePSDriveCommand")
@SupportsShouldProcess
public final class RemovePSDriveCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private Object[] name;

    @Parameter
    private String[] literalName;

    @Parameter
    private String[] psProvider;

    @Parameter
    private String scope;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        Object[] names = literalName != null ? literalName : name == null ? new Object[0] : name;
        for (Object n : names) {
            try {
                PSDriveInfo drive = n instanceof PSDriveInfo d ? d : providers().drive(String.valueOf(n));
                if (shouldProcess("Name: " + drive.getName() + " Provider: " + drive.getProvider().getFullName()
                        + " Root: " + drive.getRoot(), "Remove Drive")) {
                    providers().removeDrive(drive);
                }
            } catch (PSException e) {
                reportError(e);
            }
        }
    }
}
