package dev.jpwsh.remoting;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.remoting.job.StartJobCommand;
import dev.jpwsh.remoting.commands.EnterPSHostProcessCommand;
import dev.jpwsh.remoting.commands.EnterPSSessionCommand;
import dev.jpwsh.remoting.commands.ExitPSHostProcessCommand;
import dev.jpwsh.remoting.commands.ExitPSSessionCommand;
import dev.jpwsh.remoting.commands.GetPSSessionCommand;
import dev.jpwsh.remoting.commands.InvokeCommandCommand;
import dev.jpwsh.remoting.commands.NewPSSessionCommand;
import dev.jpwsh.remoting.commands.NewPSSessionOptionCommand;
import dev.jpwsh.remoting.commands.RemovePSSessionCommand;
import dev.jpwsh.remoting.transport.GetPSHostProcessInfoCommand;

/** The remoting module's cmdlets. */
public final class RemotingCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-PSHostProcessInfo", GetPSHostProcessInfoCommand.class);
        table.cmdlet("Start-Job", StartJobCommand.class).alias("sajb", "Start-Job");
        table.cmdlet("Invoke-Command", InvokeCommandCommand.class).alias("icm", "Invoke-Command");
        table.cmdlet("New-PSSession", NewPSSessionCommand.class).alias("nsn", "New-PSSession");
        table.cmdlet("Get-PSSession", GetPSSessionCommand.class).alias("gsn", "Get-PSSession");
        table.cmdlet("Remove-PSSession", RemovePSSessionCommand.class).alias("rsn", "Remove-PSSession");
        table.cmdlet("New-PSSessionOption", NewPSSessionOptionCommand.class);
        table.cmdlet("Enter-PSSession", EnterPSSessionCommand.class).alias("etsn", "Enter-PSSession");
        table.cmdlet("Exit-PSSession", ExitPSSessionCommand.class).alias("exsn", "Exit-PSSession");
        table.cmdlet("Enter-PSHostProcess", EnterPSHostProcessCommand.class);
        table.cmdlet("Exit-PSHostProcess", ExitPSHostProcessCommand.class);
        // pwsh on Linux keeps this alias though Receive-PSSession itself is Windows-only
        table.alias("rcsn", "Receive-PSSession");
    }
}
