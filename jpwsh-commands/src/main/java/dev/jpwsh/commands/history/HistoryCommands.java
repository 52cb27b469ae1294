package dev.jpwsh.commands.history;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The call stack, history and Get-Error cmdlets and their aliases; found by {@link CommandTable#builtIn()}. */
public final class HistoryCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table
                .cmdlet("Get-PSCallStack", GetPSCallStackCommand.class).alias("gcs", "Get-PSCallStack")
                .cmdlet("Get-History", GetHistoryCommand.class).alias("h", "Get-History").alias("history", "Get-History")
                .alias("ghy", "Get-History")
                .cmdlet("Add-History", AddHistoryCommand.class)
                .cmdlet("Clear-History", ClearHistoryCommand.class).alias("clhy", "Clear-History")
                .cmdlet("Invoke-History", InvokeHistoryCommand.class).alias("ihy", "Invoke-History")
                .alias("r", "Invoke-History")
                .cmdlet("Get-Error", GetErrorCommand.class).alias("gerr", "Get-Error");
    }
}
