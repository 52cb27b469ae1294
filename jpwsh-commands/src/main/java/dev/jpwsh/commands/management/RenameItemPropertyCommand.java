package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;

/** Rename-ItemProperty (rnp): renames a property of an item of a provider with dynamic properties; none on Linux. */
@DotNetName("Microsoft.PowerShell.Commands.RenameItemPropertyCommand")
@SupportsShouldProcess
public final class RenameItemPropertyCommand extends DynamicPropertyCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true, aliases = {"PSProperty"})
    private String name;

    @Parameter(position = 2, mandatory = true, valueFromPipelineByPropertyName = true)
    private String newName;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        refuse(path, literalPath);
    }
}
