package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.PropertyCmdletProvider;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Get-ItemPropertyValue (gpv): the values of the named properties of each item. */
@DotNetName("Microsoft.PowerShell.Commands.GetItemPropertyValueCommand")
public final class GetItemPropertyValueCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] path;

    @Parameter(aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true, aliases = {"PSProperty"})
    private String[] name;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(false);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            perPath(p, "GetItemPropertyValue", () -> p.require(PropertyCmdletProvider.class, "Get-ItemPropertyValue")
                    .getProperties(context, p, List.of(name)).values().forEach(this::writeObject));
        }
    }
}
