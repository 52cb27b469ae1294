package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ChildQuery;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.function.Predicate;

/** Get-Item (gi): the item at each path (wildcards expanded), not its children; -Include and -Exclude filter them. */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.GetItemCommand")
public final class GetItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        Predicate<String> names = new ChildQuery(false, 0, filter, include == null ? List.of() : List.of(include),
                exclude == null ? List.of() : List.of(exclude), false, false, false, force, false).nameTest(false);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            perPath(p, "GetItem", () -> {
                ItemCmdletProvider items = p.require(ItemCmdletProvider.class, "Get-Item");
                String leaf = p.path().substring(p.path().lastIndexOf('/') + 1);
                if (names.test(leaf)) {
                    writeObject(items.getItem(context, p));
                }
            });
        }
    }
}
