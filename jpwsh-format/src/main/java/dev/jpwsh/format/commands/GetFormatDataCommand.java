package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatTypeDefinitions;
import dev.jpwsh.format.view.ViewDatabase;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Get-FormatData: the session's views (built in and added by Update-FormatData) as ExtendedTypeDefinition objects,
 * one per set of type names, for the -TypeName wildcards given (all when none); for a -PowerShellVersion before
 * 5.1, without the views such a version cannot read (a GroupBy, a custom control), as pwsh leaves them out.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetFormatDataCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.ExtendedTypeDefinition"})
public final class GetFormatDataCommand extends Cmdlet {
    @Parameter(position = 0)
    private String[] typeName;

    @Parameter
    private Object powerShellVersion;

    @Override
    protected void processRecord() {
        List<String> patterns = typeName == null ? List.of() : List.of(typeName);
        for (FormatTypeDefinitions.ExtendedTypeDefinition definition
                : FormatTypeDefinitions.of(ViewDatabase.of(frame().context()), patterns, beforeFiveOne())) {
            writeObject(definition);
        }
    }

    /** Whether -PowerShellVersion names a version older than 5.1, which knows no GroupBy or custom control. */
    private boolean beforeFiveOne() {
        if (powerShellVersion == null) {
            return false;
        }
        String[] parts = dev.jpwsh.runtime.convert.LanguagePrimitives.toString(powerShellVersion).split("\\.");
        try {
            int major = Integer.parseInt(parts[0].trim());
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
            return major < 5 || major == 5 && minor < 1;
        } catch (NumberFormatException notAVersion) {
            return false;
        }
    }
}
