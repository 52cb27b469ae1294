package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** ConvertTo-Csv, Export-Csv, ConvertFrom-Csv and Import-Csv of Microsoft.PowerShell.Utility. */
public final class CsvCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("ConvertTo-Csv", ConvertToCsvCommand.class);
        table.cmdlet("Export-Csv", ExportCsvCommand.class).alias("epcsv", "Export-Csv");
        table.cmdlet("ConvertFrom-Csv", ConvertFromCsvCommand.class);
        table.cmdlet("Import-Csv", ImportCsvCommand.class).alias("ipcsv", "Import-Csv");
    }
}
