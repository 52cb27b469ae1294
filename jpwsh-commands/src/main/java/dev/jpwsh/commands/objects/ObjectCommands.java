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
                .cmdlet("Remove-TypeData", RemoveTypeDataCommand.class)
                .cmdlet("Compare-Object", CompareObjectCommand.class)
                .cmdlet("Join-String", JoinStringCommand.class)
                .cmdlet("Get-Unique", GetUniqueCommand.class).alias("gu", "Get-Unique")
                .cmdlet("Tee-Object", TeeObjectCommand.class)
                .cmdlet("New-Guid", NewGuidCommand.class)
                .cmdlet("New-TimeSpan", NewTimeSpanCommand.class)
                .cmdlet("New-TemporaryFile", NewTemporaryFileCommand.class);
    }
}
