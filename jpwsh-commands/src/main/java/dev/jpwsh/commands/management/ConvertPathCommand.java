package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Convert-Path (cvpa): each existing item a path names, as its provider's own path ({@code Temp:/x} becomes
 * {@code /tmp/x}); a path that names nothing is PathNotFound.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.ConvertPathCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class ConvertPathCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    /** Lets wildcards match hidden items. */
    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        for (ProviderPath p : resolve(path, literalPath, false, providerContext(force))) {
            writeObject(p.path());
        }
    }
}
