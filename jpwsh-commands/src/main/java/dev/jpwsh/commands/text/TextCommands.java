package dev.jpwsh.commands.text;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The text-search cmdlets of Microsoft.PowerShell.Utility. */
public final class TextCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Select-String", SelectStringCommand.class).alias("sls", "Select-String");
    }
}
