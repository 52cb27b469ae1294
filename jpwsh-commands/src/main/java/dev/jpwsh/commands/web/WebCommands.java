package dev.jpwsh.commands.web;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** Invoke-WebRequest, Invoke-RestMethod and ConvertTo-Html of Microsoft.PowerShell.Utility. */
public final class WebCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Invoke-WebRequest", InvokeWebRequestCommand.class);
        table.cmdlet("Invoke-RestMethod", InvokeRestMethodCommand.class);
        table.alias("iwr", "Invoke-WebRequest");
        table.alias("irm", "Invoke-RestMethod");
        table.cmdlet("ConvertTo-Html", ConvertToHtmlCommand.class);
    }
}
