package dev.jpwsh.remoting;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.remoting.job.StartJobCommand;
import dev.jpwsh.remoting.transport.GetPSHostProcessInfoCommand;

/** The remoting module's cmdlets. */
public final class RemotingCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-PSHostProcessInfo", GetPSHostProcessInfoCommand.class);
        table.cmdlet("Start-Job", StartJobCommand.class).alias("sajb", "Start-Job");
    }
}
