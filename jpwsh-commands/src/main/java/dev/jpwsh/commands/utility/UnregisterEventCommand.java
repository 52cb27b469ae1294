package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.event.EventErrors;
import dev.jpwsh.engine.event.PSEventSubscriber;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Unregister-Event: ends subscriptions, by source identifier (wildcards) or subscription id; support ones
 * only with {@code -Force}. Their pending actions run first and their jobs stop but stay listed by Get-Job;
 * queued events stay.
 */
@DotNetName("Microsoft.PowerShell.Commands.UnregisterEventCommand")
@SupportsShouldProcess
public final class UnregisterEventCommand extends EventCommand {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String sourceIdentifier;

    @Parameter
    private Integer subscriptionId;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        boolean found = false;
        for (PSEventSubscriber subscriber : events().getSubscribers()) {
            if ((force || !subscriber.getSupportEvent()) && (subscriptionId != null
                    ? subscriber.getSubscriptionId() == subscriptionId
                    : sourceIdentifier != null && matches(sourceIdentifier, subscriber.getSourceIdentifier()))) {
                events().unsubscribeEvent(subscriber);
                found = true;
            }
        }
        if (subscriptionId != null && !found) {
            writeError(EventErrors.subscriptionIdNotFound(subscriptionId).record());
        }
        reportIfMissing(found, sourceIdentifier, EventErrors.subscriberNotFound(String.valueOf(sourceIdentifier)));
    }
}
