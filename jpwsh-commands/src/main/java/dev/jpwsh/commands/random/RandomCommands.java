package dev.jpwsh.commands.random;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** Get-Random, Get-SecureRandom and Get-Uptime of Microsoft.PowerShell.Utility. */
public final class RandomCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-Random", GetRandomCommand.class);
        table.cmdlet("Get-SecureRandom", GetSecureRandomCommand.class);
        table.cmdlet("Get-Uptime", GetUptimeCommand.class);
    }
}
