package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ChildQuery;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.function.Predicate;

/**
 * Remove-Item (del, erase, rd, ri): removes the item at each path; a container with children only with
 * {@code -Recurse} (DirectoryNotEmpty otherwise). Items of a tree that cannot be removed are reported one by one and
 * the rest is removed.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.RemoveItemCommand")
@SupportsShouldProcess
public final class RemoveItemCommand extends ProviderCmdlet {
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

    @Parameter(aliases = {"r"})
    private boolean recurse;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        Predicate<String> names = new ChildQuery(false, 0, filter, include == null ? List.of() : List.of(include),
                exclude == null ? List.of() : List.of(exclude), false, false, false, force, false).nameTest(false);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            if (names.test(p.path().substring(p.path().lastIndexOf('/') + 1))
                    && shouldProcess(p.path(), "Remove " + kind(context, p))) {
                perPath(p, "RemoveFileSystemItem", () -> p.require(ContainerCmdletProvider.class, "Remove-Item")
                        .removeItem(context, p, recurse));
            }
        }
    }
}
