package dev.jpwsh.commands.data.psdata;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** ConvertFrom-StringData and Import-LocalizedData of Microsoft.PowerShell.Utility. */
public final class PowerShellDataCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("ConvertFrom-StringData", ConvertFromStringDataCommand.class);
        table.cmdlet("Import-LocalizedData", ImportLocalizedDataCommand.class);
    }
}
