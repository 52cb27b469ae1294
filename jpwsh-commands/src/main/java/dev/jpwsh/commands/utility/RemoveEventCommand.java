package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.event.EventErrors;
import dev.jpwsh.engine.event.PSEventArgs;
import dev.jpwsh.runtime.object.DotNetName;

/** Remove-Event: takes queued events out, by source identifier (wildcards) or event identifier. */
@DotNetName("Microsoft.PowerShell.Commands.RemoveEventCommand")
@SupportsShouldProcess
public final class RemoveEventCommand extends EventCommand {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String sourceIdentifier;

    @Parameter(aliases = {"Id"})
    private Integer eventIdentifier;

    @Override
    protected void processRecord() {
        boolean found = false;
        for (PSEventArgs event : events().getReceivedEvents()) {
            if (eventIdentifier != null ? event.getEventIdentifier() == eventIdentifier
                    : sourceIdentifier != null && matches(sourceIdentifier, event.getSourceIdentifier())) {
                events().removeEvent(event);
                found = true;
            }
        }
        if (eventIdentifier != null && !found) {
            writeError(EventErrors.eventIdentifierNotFound(eventIdentifier).record());
        }
        reportIfMissing(found, sourceIdentifier, EventErrors.sourceIdentifierNotFound(String.valueOf(sourceIdentifier)));
    }
}
