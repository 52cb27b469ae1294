package dev.jpwsh.commands.data.xml;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** Select-Xml and ConvertTo-Xml of Microsoft.PowerShell.Utility. */
public final class XmlCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Select-Xml", SelectXmlCommand.class);
        table.cmdlet("ConvertTo-Xml", ConvertToXmlCommand.class);
    }
}
