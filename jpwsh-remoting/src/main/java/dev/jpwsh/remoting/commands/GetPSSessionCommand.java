package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-PSSession: the sessions this session has opened, all or by -Id, -Name, -InstanceId or -ComputerName. */
@DefaultParameterSet("Name")
@DotNetName("Microsoft.PowerShell.Commands.GetPSSessionCommand")
public final class GetPSSessionCommand extends Cmdlet {
    @Parameter(parameterSetName = "Id", position = 0, mandatory = true)
    private int[] id;

    @Parameter(parameterSetName = "Name")
    private String[] name;

    @Parameter(parameterSetName = "InstanceId")
    private Guid[] instanceId;

    @Parameter(parameterSetName = "ComputerName", position = 0, mandatory = true, aliases = {"Cn"})
    private String[] computerName;

    @Override
    protected void processRecord() {
        new SessionSelection(id, name, instanceId, computerName)
                .select(PSSessions.of(frame().context()).all(), this::writeError)
                .forEach(this::writeObject);
    }
}
