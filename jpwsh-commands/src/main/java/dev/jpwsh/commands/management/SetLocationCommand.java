package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;

/**
 * Set-Location (cd, chdir, sl): moves to a container; with no path to the home folder, with {@code -} and
 * {@code +} back and forward through the session's location history; {@code -StackName} makes a stack the one Push-
 * and Pop-Location use; {@code -PassThru} writes the new location.
 */
@dev.jpwsh.runtime.object.DotNetName("Microsoft.PowerShell.Commands.SetLocationCommand")
@dev.jpwsh.engine.command.OutputType({
        "System.Management.Automation.PathInfo",
        "System.Management.Automation.PathInfoStack"})
public final class SetLocationCommand extends ProviderCmdlet {
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
        if (stackName != null) {
            providers().setDefaultStack(stackName);
            return;
        }
        ProviderContext context = providerContext(false);
        try {
            ProviderPath target = target(context);
            if (target == null) {
                return;
            }
            ProviderPath from = providers().current();
            providers().setLocation(context, target);
            providers().history().moved(from, path);
            if (passThru) {
                writeObject(providers().currentPathInfo());
            }
        } catch (PSException e) {
            reportError(e);
        }
    }

    private ProviderPath target(ProviderContext context) {
        if (literalPath == null && path == null) {
            return providers().paths().parse("~");
        }
        if (literalPath == null && (path.equals("-") || path.equals("+"))) {
            return providers().history().step(path.equals("-"));
        }
        return locationTarget(context, path, literalPath);
    }
}
