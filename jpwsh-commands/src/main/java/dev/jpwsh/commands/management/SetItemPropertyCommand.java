package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.PropertyCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/** Set-ItemProperty (sp): sets one property of each item; {@code -PassThru} writes the item. */
@DotNetName("Microsoft.PowerShell.Commands.SetItemPropertyCommand")
@SupportsShouldProcess
public final class SetItemPropertyCommand extends ProviderCmdlet {
    @Parameter(position = 0)
    private String[] path;

    @Parameter(aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true, aliases = {"PSProperty"})
    private String name;

    @Parameter(position = 2, valueFromPipeline = true)
    private Object value;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            processPath(p, "Item: " + p.path() + " Property: " + name, "Set Property", "SetItemProperty", () -> {
                p.require(PropertyCmdletProvider.class, "Set-ItemProperty").setProperty(context, p, name, value);
                if (passThru) {
                    writeObject(p.require(ItemCmdletProvider.class, "Set-ItemProperty").getItem(context, p));
                }
            });
        }
    }
}
