package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/** Clear-Item (cli): clears the value of the item at each path, keeping the item where the provider can. */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.ClearItemCommand")
@SupportsShouldProcess
public final class ClearItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            processPath(p, "Item: " + p.path(), "Clear Item", "ClearItem",
                    () -> p.require(ItemCmdletProvider.class, "Clear-Item").clearItem(context, p));
        }
    }
}
