package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.SystemStatics;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Get-Runspace: the runspaces of this process that are not disposed, in Id order. With -Name (wildcards, any
 * case), -Id or -InstanceId, the runspaces each value selects, value after value, so a runspace two values select
 * is written twice and a value that selects nothing is no error. Each of the three parameters is position 0 of a
 * set of its own, so a positional argument binds by its type: {@code Get-Runspace 1} selects by Id, a {@code [guid]}
 * by InstanceId, text by Name.
 */
@DefaultParameterSet(GetRunspaceCommand.NAME_SET)
@DotNetName("Microsoft.PowerShell.Commands.GetRunspaceCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.Runspaces.Runspace"})
public final class GetRunspaceCommand extends Cmdlet {
    static final String NAME_SET = "NameParameterSet";
    private static final String ID_SET = "IdParameterSet";
    private static final String INSTANCE_ID_SET = "InstanceIdParameterSet";

    @Parameter(parameterSetName = NAME_SET, position = 0)
    private String[] name;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true)
    private Integer[] id;

    @Parameter(parameterSetName = INSTANCE_ID_SET, position = 0, mandatory = true)
    private SystemStatics.Guid[] instanceId;

    @Override
    protected void endProcessing() {
        List<Runspace> runspaces = Runspace.all();
        switch (parameterSetName()) {
            case ID_SET -> {
                for (int wanted : id) {
                    writeEach(runspaces, r -> r.getId() == wanted);
                }
            }
            case INSTANCE_ID_SET -> {
                for (SystemStatics.Guid wanted : instanceId) {
                    writeEach(runspaces, r -> r.getInstanceId().equals(wanted));
                }
            }
            default -> {
                if (name == null) {
                    runspaces.forEach(this::writeObject);
                    return;
                }
                for (String pattern : name) {
                    Pattern wildcard = Wildcard.compile(pattern, false);
                    writeEach(runspaces, r -> wildcard.matcher(r.getName()).matches());
                }
            }
        }
    }

    private void writeEach(List<Runspace> runspaces, Predicate<Runspace> selected) {
        for (Runspace r : runspaces) {
            if (selected.test(r)) {
                writeObject(r);
            }
        }
    }
}
