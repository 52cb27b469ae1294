package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Copy-Item (copy, cpi): copies each item to {@code -Destination} (into it when it is an existing container,
 * else to that name); a container alone, or with {@code -Recurse} all it holds. Items that fail are reported and the
 * others copied; {@code -PassThru} writes the copies.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.CopyItemCommand")
public final class CopyItemCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1)
    private String destination;

    @Parameter
    private boolean recurse;

    @Parameter
    private boolean container = true;

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
            processPath(p, "Item: " + p.path() + " Destination: " + target.path(), "Copy " + kind(context, p),
                    "CopyItem", () -> {
                if (p.provider() != target.provider()) {
                    throw ProviderErrors.invalidArgument("CopyItemSourceAndDestinationNotSameProvider",
                            "Source and destination path did not resolve to the same provider.", p.displayPath());
                }
                Object copy = p.require(ContainerCmdletProvider.class, "Copy-Item").copyItem(context, p,
                        target.path(), recurse);
                if (passThru) {
                    writeObject(copy);
                }
            });
        }
    }
}
