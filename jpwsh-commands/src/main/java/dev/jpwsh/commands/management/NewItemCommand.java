package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * New-Item (ni): makes an item at each path (or at {@code -Name} inside it) of {@code -ItemType} (File, Directory,
 * SymbolicLink, HardLink; a value for other providers) with {@code -Value}; an existing item is an error unless
 * {@code -Force}, which also makes missing parent folders. Writes the new item.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewItemCommand")
@SupportsShouldProcess
public final class NewItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String name;

    @Parameter(aliases = {"Type"}, valueFromPipelineByPropertyName = true)
    private String itemType;

    @Parameter(valueFromPipeline = true, aliases = {"Target"})
    private Object value;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        String[] targets = path == null ? new String[] {name == null ? null : name} : path.clone();
        if (path != null && name != null) {
            for (int i = 0; i < targets.length; i++) {
                targets[i] = JoinPathCommand.join(targets[i], name);
            }
        }
        for (ProviderPath p : resolve(targets, true, true, context)) {
            String kind = itemType != null && itemType.toLowerCase(java.util.Locale.ROOT).startsWith("dir")
                    ? "Directory" : "File";
            if (shouldProcess("Destination: " + p.path(), "Create " + kind)) {
                perPath(p, "NewItem", () -> writeObject(p.require(ContainerCmdletProvider.class, "New-Item")
                        .newItem(context, p, itemType, value)));
            }
        }
    }
}
