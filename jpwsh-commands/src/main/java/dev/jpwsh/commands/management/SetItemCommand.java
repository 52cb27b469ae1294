package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Set-Item (si): sets the value of the item at each path, made if missing ({@code Set-Item Env:X 1}); the
 * FileSystem provider does not support it. {@code -PassThru} writes the item.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.SetItemCommand")
@SupportsShouldProcess
public final class SetItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, valueFromPipeline = true)
    private Object value;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        for (ProviderPath p : resolve(path, literalPath, true, context)) {
            processPath(p, "Item: " + p.path() + " Value: " + value, "Set Item", "SetItem", () -> {
                Object item = p.require(ItemCmdletProvider.class, "Set-Item").setItem(context, p, value);
                if (passThru) {
                    writeObject(item);
                }
            });
        }
    }
}
