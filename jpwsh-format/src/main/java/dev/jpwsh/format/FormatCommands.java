package dev.jpwsh.format;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.format.commands.ExportFormatDataCommand;
import dev.jpwsh.format.commands.FormatCustomCommand;
import dev.jpwsh.format.commands.FormatHexCommand;
import dev.jpwsh.format.commands.FormatListCommand;
import dev.jpwsh.format.commands.FormatTableCommand;
import dev.jpwsh.format.commands.FormatWideCommand;
import dev.jpwsh.format.commands.GetFormatDataCommand;
import dev.jpwsh.format.commands.OutDefaultCommand;
import dev.jpwsh.format.commands.OutFileCommand;
import dev.jpwsh.format.commands.OutHostCommand;
import dev.jpwsh.format.commands.OutStringCommand;
import dev.jpwsh.format.commands.UpdateFormatDataCommand;

/** The formatting cmdlets this module provides and their aliases; found by {@link CommandTable#builtIn()}. */
public final class FormatCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Out-String", OutStringCommand.class)
                .cmdlet("Out-File", OutFileCommand.class)
                .cmdlet("Out-Default", OutDefaultCommand.class)
                .cmdlet("Out-Host", OutHostCommand.class).alias("oh", "Out-Host")
                .cmdlet("Update-FormatData", UpdateFormatDataCommand.class)
                .cmdlet("Get-FormatData", GetFormatDataCommand.class)
                .cmdlet("Export-FormatData", ExportFormatDataCommand.class)
                .cmdlet("Format-Table", FormatTableCommand.class)
                .cmdlet("Format-List", FormatListCommand.class)
                .cmdlet("Format-Wide", FormatWideCommand.class)
                .cmdlet("Format-Custom", FormatCustomCommand.class)
                .cmdlet("Format-Hex", FormatHexCommand.class)
                .alias("ft", "Format-Table")
                .alias("fl", "Format-List")
                .alias("fw", "Format-Wide")
                .alias("fc", "Format-Custom")
                .alias("fhx", "Format-Hex");
    }
}
