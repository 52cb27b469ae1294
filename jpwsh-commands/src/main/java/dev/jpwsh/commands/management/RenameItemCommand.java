package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/** Rename-Item (ren, rni): gives the item a new name in its container; {@code -PassThru} writes it. */
@DefaultParameterSet("ByPath")
@DotNetName("Microsoft.PowerShell.Commands.RenameItemCommand")
@SupportsShouldProcess
public final class RenameItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "ByPath")
    private String path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "ByLiteralPath",
            aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(position = 1, mandatory = true)
    private String newName;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        ProviderContext context = providerContext(force);
        for (ProviderPath p : resolve(new String[] {literal ? literalPath : path}, literal, false, context)) {
            processPath(p, "Item: " + p.path() + " Destination: " + newName, "Rename " + kind(context, p),
                    "RenameItem", () -> {
                Object renamed = p.require(ContainerCmdletProvider.class, "Rename-Item").renameItem(context, p,
                        newName);
                if (passThru) {
                    writeObject(renamed);
                }
            });
        }
    }
}
