package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ChildQuery;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Get-ChildItem (dir, gci): the children of each container a path names, the item itself for a leaf; {@code -Recurse}
 * (or {@code -Depth}) walks down, streaming each item as it is found; {@code -Filter}, {@code -Include},
 * {@code -Exclude}, {@code -File}, {@code -Directory}, {@code -Hidden}, {@code -Force}, {@code -FollowSymlink}
 * choose what is written, {@code -Name} writes names (relative paths when recursing) instead of items.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetChildItemCommand")
public final class GetChildItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] path;

    @Parameter(aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1)
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter(aliases = {"s", "r"})
    private boolean recurse;

    @Parameter
    private Integer depth;

    @Parameter
    private boolean force;

    @Parameter
    private boolean name;

    @Parameter(aliases = {"af"})
    private boolean file;

    @Parameter(aliases = {"ad"})
    private boolean directory;

    @Parameter(aliases = {"ah", "h"})
    private boolean hidden;

    @Parameter
    private boolean followSymlink;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        ChildQuery query = new ChildQuery(recurse || depth != null, depth == null ? Integer.MAX_VALUE : depth,
                filter, list(include), list(exclude), file, directory, hidden, force, followSymlink);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            perPath(p, "Dir", () -> list(context, p, query));
        }
    }

    private void list(ProviderContext context, ProviderPath p, ChildQuery query) {
        if (!(p.provider() instanceof ContainerCmdletProvider container)) {
            writeObject(p.require(ItemCmdletProvider.class, "Get-ChildItem").getItem(context, p));
            return;
        }
        container.childItems(context, p, query, (relativeName, item) -> writeObject(name ? relativeName : item));
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
