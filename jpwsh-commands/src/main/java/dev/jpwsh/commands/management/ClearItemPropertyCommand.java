package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.PropertyCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;

/**
 * Clear-ItemProperty (clp): the FileSystem provider clears only Attributes, back to Normal (on Linux: the owner may
 * write again); {@code -PassThru} writes an object with the cleared property. Other providers have no properties.
 */
@DotNetName("Microsoft.PowerShell.Commands.ClearItemPropertyCommand")
@SupportsShouldProcess
public final class ClearItemPropertyCommand extends ProviderCmdlet {
    private static final String ATTRIBUTES = "Attributes";

    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true, aliases = {"PSProperty"})
    private String name;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            if (!(p.provider() instanceof FileSystemProvider)) {
                reportError(RuntimeFailures.create("NotSupported", "NotImplemented", "Cannot use interface. The"
                        + " IPropertyCmdletProvider interface is not supported by this provider.", p.path(),
                        "System.Management.Automation.PSNotSupportedException"));
                continue;
            }
            if (!ATTRIBUTES.equalsIgnoreCase(name)) {
                reportError(RuntimeFailures.create("ClearPropertyProviderException", "NotSpecified", "The property"
                        + " cannot be cleared because the property is not supported. Only the Attributes property can"
                        + " be cleared.", p.path(), "System.Management.Automation.ProviderInvocationException"));
                continue;
            }
            processPath(p, "Item: " + p.path() + " Property: " + name, "Clear Property", "ClearItemProperty", () -> {
                p.require(PropertyCmdletProvider.class, "Clear-ItemProperty").setProperty(context, p, "IsReadOnly",
                        false);
                if (passThru) {
                    PSObject cleared = new PSObject();
                    cleared.set(name, "Normal");
                    writeObject(cleared);
                }
            });
        }
    }
}
