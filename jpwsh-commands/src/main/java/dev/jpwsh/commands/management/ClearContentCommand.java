package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ContentCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/** Clear-Content (clc): empties the content of each item, keeping the item. */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.ClearContentCommand")
@SupportsShouldProcess
public final class ClearContentCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
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
            processPath(p, "Path: " + p.path(), "Clear Content", "ClearContent",
                    () -> p.require(ContentCmdletProvider.class, "Clear-Content")
                    .clearContent(context, p));
        }
    }
}
