package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.types.dotnet.SystemStatics;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Get-Runspace: the runspaces of this process that are not disposed, in Id order. With -Name (wildcards, any
 * case), -Id or -InstanceId, the runspaces each value selects, value after value, so a runspace two values select
 * is written twice and a value that selects nothing is no error.
 *
 * <p>Until the binder knows parameter sets, a positional argument always binds to -Name; {@code Get-Runspace 1}
 * therefore looks for a runspace named 1, where pwsh binds the integer to -Id.
 */
public final class GetRunspaceCommand extends Cmdlet {
    @Parameter(position = 0)
    private String[] name;

    @Parameter
    private Integer[] id;

    /** Guids as {@code [guid]} values, as the UUIDs runspaces report, or as text. */
    @Parameter
    private Object[] instanceId;

    @Override
    protected void endProcessing() {
        if (selectorCount() > 1) {
            throw RuntimeFailures.parameterBinding("AmbiguousParameterSet", "Parameter set cannot be resolved using "
                    + "the specified named parameters. One or more parameters issued cannot be used together or an "
                    + "insufficient number of parameters were provided.", "Get-Runspace");
        }
        List<Runspace> runspaces = Runspace.all();
        if (id != null) {
            for (int wanted : id) {
                writeEach(runspaces, r -> r.getId() == wanted);
            }
        } else if (instanceId != null) {
            for (Object value : instanceId) {
                UUID wanted = uuidOf(value);
                writeEach(runspaces, r -> r.getInstanceId().equals(wanted));
            }
        } else if (name != null) {
            for (String pattern : name) {
                Pattern wildcard = Wildcard.compile(pattern, false);
                writeEach(runspaces, r -> wildcard.matcher(r.getName()).matches());
            }
        } else {
            runspaces.forEach(this::writeObject);
        }
    }

    /** How many of -Name, -Id and -InstanceId were given; each belongs to a parameter set of its own. */
    private int selectorCount() {
        return (name == null ? 0 : 1) + (id == null ? 0 : 1) + (instanceId == null ? 0 : 1);
    }

    private static UUID uuidOf(Object value) {
        return switch (value) {
            case UUID uuid -> uuid;
            case SystemStatics.Guid guid -> guid.value();
            default -> {
                String text = LanguagePrimitives.toString(value);
                try {
                    yield SystemStatics.Guid.Parse(text).value();
                } catch (IllegalArgumentException e) {
                    throw RuntimeFailures.parameterBinding("CannotConvertArgumentNoMessage", "Cannot bind parameter "
                            + "'InstanceId'. Cannot convert value \"" + text + "\" to type \"System.Guid\". Error: "
                            + "\"Unrecognized Guid format.\"", "Get-Runspace");
                }
            }
        };
    }

    private void writeEach(List<Runspace> runspaces, Predicate<Runspace> selected) {
        for (Runspace r : runspaces) {
            if (selected.test(r)) {
                writeObject(r);
            }
        }
    }
}
