package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.event.EventErrors;
import dev.jpwsh.engine.event.PSEventSubscriber;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-EventSubscriber: the subscriptions, by source identifier or id; support ones only with {@code -Force}. */
@DotNetName("Microsoft.PowerShell.Commands.GetEventSubscriberCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSEventSubscriber"})
public final class GetEventSubscriberCommand extends EventCommand {
    @Parameter(position = 0)
    private String sourceIdentifier;

    @Parameter(aliases = {"Id"})
    private Integer subscriptionId;

    @Parameter
    private boolean force;

    @Override
    protected void endProcessing() {
        boolean found = false;
        for (PSEventSubscriber subscriber : events().getSubscribers()) {
            if ((force || !subscriber.getSupportEvent()) && (subscriptionId != null
                    ? subscriber.getSubscriptionId() == subscriptionId
                    : matches(sourceIdentifier, subscriber.getSourceIdentifier()))) {
                writeObject(subscriber);
                found = true;
            }
        }
        if (subscriptionId != null && !found) {
            writeError(EventErrors.subscriptionIdNotFound(subscriptionId).record());
        }
        reportIfMissing(found, sourceIdentifier, EventErrors.subscriberNotFound(String.valueOf(sourceIdentifier)));
    }
}
