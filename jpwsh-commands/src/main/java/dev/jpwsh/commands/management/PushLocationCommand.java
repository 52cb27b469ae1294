package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;

/**
 * Push-Location (pushd): puts the current location on a stack (the default one, or {@code -StackName}), then moves
 * to the path given, if any; {@code -PassThru} writes the new location.
 */
@dev.jpwsh.runtime.object.DotNetName("Microsoft.PowerShell.Commands.PushLocationCommand")
public final class PushLocationCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String path;

    @Parameter(aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter
    private boolean passThru;

    @Parameter
    private String stackName;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(false);
        ProviderPath current = providers().current();
        try {
            ProviderPath target = locationTarget(context, path, literalPath);
            if (target != null) {
                providers().setLocation(context, target);
            }
            providers().push(stackName, current);
            if (passThru) {
                writeObject(providers().currentPathInfo());
            }
        } catch (PSException e) {
            reportError(e);
        }
    }
}
