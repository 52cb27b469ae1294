package dev.jpwsh.commands.data.json;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** ConvertTo-Json, ConvertFrom-Json and Test-Json of Microsoft.PowerShell.Utility. */
public final class JsonCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("ConvertFrom-Json", ConvertFromJsonCommand.class);
        table.cmdlet("ConvertTo-Json", ConvertToJsonCommand.class);
        table.cmdlet("Test-Json", TestJsonCommand.class);
    }
}
