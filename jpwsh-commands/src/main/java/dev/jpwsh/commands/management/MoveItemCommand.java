package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.NavigationCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Move-Item (mi, move): moves each item into {@code -Destination} when it is an existing container, else to that
 * name; an existing file there is replaced only with {@code -Force}. {@code -PassThru} writes the moved items.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.MoveItemCommand")
public final class MoveItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1)
    private String destination;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        ProviderPath target;
        try {
            target = providers().paths().parseDestination(destination == null ? "." : destination);
        } catch (PSException e) {
            reportError(e);
            return;
        }
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            processPath(p, "Item: " + p.path() + " Destination: " + target.path(), "Move " + kind(context, p),
                    "MoveItem", () -> {
                if (p.provider() != target.provider()) {
                    throw ProviderErrors.invalidArgument("MoveItemSourceAndDestinationNotSameProvider",
                            "Source and destination path did not resolve to the same provider.", p.displayPath());
                }
                Object moved = p.require(NavigationCmdletProvider.class, "Move-Item").moveItem(context, p,
                        target.path());
                if (passThru) {
                    writeObject(moved);
                }
            });
        }
    }
}
