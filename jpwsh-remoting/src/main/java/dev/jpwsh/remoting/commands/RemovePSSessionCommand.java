package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Remove-PSSession: closes the sessions piped or named (by -Id, -Name, -InstanceId or -ComputerName) and stops
 * listing them; a session already closed or broken is just removed.
 */
@DefaultParameterSet("Id")
@DotNetName("Microsoft.PowerShell.Commands.RemovePSSessionCommand")
@SupportsShouldProcess
public final class RemovePSSessionCommand extends Cmdlet {
    @Parameter(parameterSetName = "Session", position = 0, mandatory = true, valueFromPipeline = true)
    private PSSession[] session;

    @Parameter(parameterSetName = "Id", position = 0, mandatory = true)
    private int[] id;

    @Parameter(parameterSetName = "Name", mandatory = true)
    private String[] name;

    @Parameter(parameterSetName = "InstanceId", mandatory = true)
    private Guid[] instanceId;

    @Parameter(parameterSetName = "ComputerName", position = 0, mandatory = true, aliases = {"Cn"})
    private String[] computerName;

    @Override
    protected void processRecord() {
        PSSessions listed = PSSessions.of(frame().context());
        List<PSSession> chosen = session != null ? List.of(session)
                : new SessionSelection(id, name, instanceId, computerName).select(listed.all(), this::writeError);
        for (PSSession s : chosen) {
            if (shouldProcess(s.toString(), "Remove")) {
                s.getRunspace().dispose();
                listed.remove(s);
            }
        }
    }
}
