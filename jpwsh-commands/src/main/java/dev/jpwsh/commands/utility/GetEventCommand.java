package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.event.EventErrors;
import dev.jpwsh.engine.event.PSEventArgs;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-Event: the queued events, all or by source identifier (wildcards) or event identifier; none is removed. */
@DotNetName("Microsoft.PowerShell.Commands.GetEventCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSEventArgs"})
public final class GetEventCommand extends EventCommand {
    @Parameter(position = 0)
    private String sourceIdentifier;

    @Parameter(aliases = {"Id"})
    private Integer eventIdentifier;

    @Override
    protected void endProcessing() {
        boolean found = false;
        for (PSEventArgs event : events().getReceivedEvents()) {
            if (eventIdentifier != null ? event.getEventIdentifier() == eventIdentifier
                    : matches(sourceIdentifier, event.getSourceIdentifier())) {
                writeObject(event);
                found = true;
            }
        }
        if (eventIdentifier != null && !found) {
            writeError(EventErrors.eventIdentifierNotFound(eventIdentifier).record());
        }
        reportIfMissing(found, sourceIdentifier, EventErrors.sourceIdentifierNotFound(String.valueOf(sourceIdentifier)));
    }
}
