package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatTypeDefinitions;
import dev.jpwsh.format.view.ViewDatabase;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Get-FormatData: the session's views (built in and added by Update-FormatData) as ExtendedTypeDefinition objects,
 * one per set of type names, for the -TypeName wildcards given (all when none). -PowerShellVersion is accepted;
 * every view jpwsh has is one pwsh 5.1 and later knows.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetFormatDataCommand")
public final class GetFormatDataCommand extends Cmdlet {
    @Parameter(position = 0)
    private String[] typeName;

    @Parameter
    private Object powerShellVersion;

    @Override
    protected void processRecord() {
        List<String> patterns = typeName == null ? List.of() : List.of(typeName);
        for (FormatTypeDefinitions.ExtendedTypeDefinition definition
                : FormatTypeDefinitions.of(ViewDatabase.of(frame().context()), patterns)) {
            writeObject(definition);
        }
    }
}
