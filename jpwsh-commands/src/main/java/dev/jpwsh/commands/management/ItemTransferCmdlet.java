package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;

/**
 * What Copy-Item and Move-Item share: the items of -Path or -LiteralPath each go to -Destination (the current
 * location when absent) within one provider, after -WhatIf/-Confirm; a failure is reported per item and the others
 * still go; -PassThru writes what each became.
 */
@DefaultParameterSet("Path")
abstract class ItemTransferCmdlet extends ProviderCmdlet {
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

    /** {@code "Copy"} or {@code "Move"}: the verb of the -WhatIf text and of the error ids. */
    abstract String verb();

    /** {@return the item {@code source} became at {@code destination}} */
    abstract Object transfer(ProviderContext context, ProviderPath source, String destination);

    /** {@return true when the items went to or came from a remote session instead (Copy-Item -ToSession)} */
    boolean transferredWithSession(String[] paths, String[] literalPaths, String destinationPath) {
        return false;
    }

    @Override
    protected final void processRecord() {
        if (transferredWithSession(path, literalPath, destination)) {
            return;
        }
        ProviderContext context = providerContext(force);
        ProviderPath target;
        try {
            target = providers().paths().parseDestination(destination == null ? "." : destination);
        } catch (PSException e) {
            reportError(e);
            return;
        }
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            processPath(p, "Item: " + p.path() + " Destination: " + target.path(), verb() + " " + kind(context, p),
                    verb() + "Item", () -> {
                if (p.provider() != target.provider()) {
                    throw ProviderErrors.invalidArgument(verb() + "ItemSourceAndDestinationNotSameProvider",
                            "Source and destination path did not resolve to the same provider.", p.displayPath());
                }
                Object result = transfer(context, p, target.path());
                if (passThru) {
                    writeObject(result);
                }
            });
        }
    }
}
