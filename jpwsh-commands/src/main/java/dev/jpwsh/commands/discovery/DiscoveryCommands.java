package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The discovery and invocation cmdlets and their aliases; found by {@link CommandTable#builtIn()}. */
public final class DiscoveryCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table
                .cmdlet("Get-Command", GetCommandCommand.class).alias("gcm", "Get-Command")
                .cmdlet("Get-Help", GetHelpCommand.class)
                .cmdlet("Invoke-Expression", InvokeExpressionCommand.class).alias("iex", "Invoke-Expression")
                .cmdlet("Measure-Command", MeasureCommandCommand.class)
                .cmdlet("Get-Verb", GetVerbCommand.class)
                .cmdlet("Get-Alias", AliasCommands.GetAlias.class).alias("gal", "Get-Alias")
                .cmdlet("New-Alias", AliasCommands.NewAlias.class).alias("nal", "New-Alias")
                .cmdlet("Set-Alias", AliasCommands.SetAlias.class).alias("sal", "Set-Alias")
                .cmdlet("Remove-Alias", AliasCommands.RemoveAlias.class)
                .cmdlet("Export-Alias", AliasFileCommands.ExportAlias.class).alias("epal", "Export-Alias")
                .cmdlet("Import-Alias", AliasFileCommands.ImportAlias.class).alias("ipal", "Import-Alias")
                .cmdlet("Get-Host", GetHostCommand.class)
                .cmdlet("Read-Host", ReadHostCommand.class)
                .cmdlet("TabExpansion2", dev.jpwsh.commands.completion.TabExpansion2Command.class);
    }
}
