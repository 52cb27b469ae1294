package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.PropertyCmdletProvider;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.List;
import java.util.Map;

/**
 * Get-ItemProperty (gp): the properties of each item named {@code -Name} (wildcards; all when absent), as one object
 * with them and the item's PSPath, PSParentPath, PSChildName, PSDrive and PSProvider.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.GetItemPropertyCommand")
public final class GetItemPropertyCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, aliases = {"PSProperty"})
    private String[] name;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(false);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            perPath(p, "GetItemProperty", () -> {
                Map<String, Object> values = p.require(PropertyCmdletProvider.class, "Get-ItemProperty")
                        .getProperties(context, p, name == null ? List.of() : List.of(name));
                PSObject result = new PSObject();
                values.forEach(result::set);
                result.set("PSPath", p.psPath());
                result.set("PSParentPath", p.provider().info().getFullName() + "::"
                        + p.path().substring(0, Math.max(p.path().lastIndexOf('/'), 0)));
                result.set("PSChildName", p.path().substring(p.path().lastIndexOf('/') + 1));
                result.set("PSDrive", p.drive());
                result.set("PSProvider", p.provider().info());
                writeObject(result);
            });
        }
    }
}
