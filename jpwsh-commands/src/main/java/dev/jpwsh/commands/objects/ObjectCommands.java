package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The object cmdlets of Microsoft.PowerShell.Utility: members, type data, and shaping objects. */
public final class ObjectCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-Member", GetMemberCommand.class).alias("gm", "Get-Member")
                .cmdlet("Add-Member", AddMemberCommand.class)
                .cmdlet("Update-TypeData", UpdateTypeDataCommand.class)
                .cmdlet("Get-TypeData", GetTypeDataCommand.class)
                .cmdlet("Remove-TypeData", RemoveTypeDataCommand.class);
    }
}
