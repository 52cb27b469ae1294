package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Arrays;

/** Get-TypeData: the session's type data of the type names matching -TypeName (wildcards; all without it). */
@DotNetName("Microsoft.PowerShell.Commands.GetTypeDataCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSObject"})
public final class GetTypeDataCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] typeName;

    @Override
    protected void processRecord() {
        TypeDataTable table = frame().context().findService(TypeDataTable.class);
        if (table == null) {
            return;
        }
        for (TypeDataTable.Entry entry : table.entries()) {
            if (typeName == null || Arrays.stream(typeName).anyMatch(p -> Wildcard.matches(entry.typeName(), p,
                    false))) {
                writeObject(SessionTypeData.view(entry));
            }
        }
    }
}
