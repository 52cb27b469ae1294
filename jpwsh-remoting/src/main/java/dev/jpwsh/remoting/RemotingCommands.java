package dev.jpwsh.remoting;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.remoting.commands.EnterPSSessionCommand;
import dev.jpwsh.remoting.commands.ExitPSSessionCommand;
import dev.jpwsh.remoting.commands.GetPSSessionCommand;
import dev.jpwsh.remoting.commands.InvokeCommandCommand;
import dev.jpwsh.remoting.commands.NewPSSessionCommand;
import dev.jpwsh.remoting.commands.RemovePSSessionCommand;
import dev.jpwsh.remoting.transport.GetPSHostProcessInfoCommand;

/** The remoting module's cmdlets. */
public final class RemotingCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-PSHostProcessInfo", GetPSHostProcessInfoCommand.class);
        table.cmdlet("Invoke-Command", InvokeCommandCommand.class);
        table.cmdlet("New-PSSession", NewPSSessionCommand.class);
        table.cmdlet("Get-PSSession", GetPSSessionCommand.class);
        table.cmdlet("Remove-PSSession", RemovePSSessionCommand.class);
        table.cmdlet("Enter-PSSession", EnterPSSessionCommand.class);
        table.cmdlet("Exit-PSSession", ExitPSSessionCommand.class);
    }
}
