package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;

/** New-ItemProperty: adds a property to an item of a provider with dynamic properties; none on Linux. */
@DotNetName("Microsoft.PowerShell.Commands.NewItemPropertyCommand")
@SupportsShouldProcess
public final class NewItemPropertyCommand extends DynamicPropertyCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true, aliases = {"PSProperty"})
    private String name;

    @Parameter(valueFromPipelineByPropertyName = true, aliases = {"Type"})
    private String propertyType;

    @Parameter(valueFromPipelineByPropertyName = true)
    private Object value;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        refuse(path, literalPath);
    }
}
