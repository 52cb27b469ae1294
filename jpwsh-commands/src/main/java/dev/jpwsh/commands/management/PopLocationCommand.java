package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;

/**
 * Pop-Location (popd): moves to the location last pushed on the stack (the default one, or {@code -StackName}) and
 * takes it off; an empty default stack leaves the location as it is. {@code -PassThru} writes the new location.
 */
@dev.jpwsh.runtime.object.DotNetName("Microsoft.PowerShell.Commands.PopLocationCommand")
public final class PopLocationCommand extends ProviderCmdlet {
    @Parameter
    private boolean passThru;

    @Parameter
    private String stackName;

    @Override
    protected void endProcessing() {
        if (stackName != null && !providers().hasStack(stackName)) {
            reportError(ProviderErrors.invalidArgument("Argument", "Cannot find location stack '"
                    + stackName + "'. It does not exist or it is not a container.", stackName));
            return;
        }
        ProviderPath previous = providers().pop(stackName);
        if (previous == null) {
            return;
        }
        try {
            providers().setLocation(providerContext(false), previous);
            if (passThru) {
                writeObject(providers().currentPathInfo());
            }
        } catch (PSException e) {
            reportError(e);
        }
    }
}
