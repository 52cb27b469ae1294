package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.commands.security.SecurityCommands;
import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/**
 * Export-Clixml, Import-Clixml, ConvertTo-CliXml and ConvertFrom-CliXml of Microsoft.PowerShell.Utility, with the
 * bytes-and-secrets cmdlets of {@link SecurityCommands}.
 */
public final class ClixmlCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Export-Clixml", ExportClixmlCommand.class);
        table.cmdlet("Import-Clixml", ImportClixmlCommand.class);
        table.cmdlet("ConvertTo-CliXml", ConvertToCliXmlCommand.class);
        table.cmdlet("ConvertFrom-CliXml", ConvertFromCliXmlCommand.class);
        SecurityCommands.register(table);
    }
}
