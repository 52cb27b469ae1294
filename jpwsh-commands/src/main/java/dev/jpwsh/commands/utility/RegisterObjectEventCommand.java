package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.event.EventErrors;
import dev.jpwsh.engine.event.EventSubscription;
import dev.jpwsh.engine.event.PSEventManager;
import dev.jpwsh.engine.event.PSEventSubscriber;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Locale;
import java.util.UUID;

/**
 * Register-ObjectEvent: subscribes to an event of an object (a runspace's StateChanged, a timer's Elapsed).
 * Each occurrence becomes an engine event with the subscription's source identifier (a new GUID when none is
 * given), the object as Sender and (sender, event args) as SourceArgs; without an action it is queued.
 */
@DotNetName("Microsoft.PowerShell.Commands.RegisterObjectEventCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSEventJob"})
public final class RegisterObjectEventCommand extends EventCommand {
    private static final String RESERVED_PREFIX = "powershell.";

    @Parameter(position = 0, mandatory = true)
    private Object inputObject;

    @Parameter(position = 1, mandatory = true)
    private String eventName;

    @Parameter(position = 2)
    private String sourceIdentifier;

    @Parameter(position = 3)
    private ScriptBlock action;

    @Parameter(position = 4)
    private Object messageData;

    @Parameter
    private boolean supportEvent;

    @Parameter
    private boolean forward;

    @Parameter
    private int maxTriggerCount;

    @Override
    protected void endProcessing() {
        String identifier = sourceIdentifier != null ? sourceIdentifier : UUID.randomUUID().toString();
        if (identifier.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
            throw terminatingError(EventErrors.reservedIdentifier(identifier));
        }
        if (action != null && forward) {
            throw terminatingError(EventErrors.actionAndForwardNotSupported());
        }
        PSEventManager events = events();
        for (PSEventSubscriber existing : events.getSubscribers()) {
            if (existing.getSourceIdentifier().equalsIgnoreCase(identifier)) {
                throw terminatingError(EventErrors.subscriberExists(identifier));
            }
        }
        PSEventSubscriber subscriber;
        try {
            subscriber = events.subscribe(EventSubscription.objectEvent(identifier, inputObject, eventName, action,
                    messageData, supportEvent, forward, maxTriggerCount));
        } catch (PSException noSuchEvent) {
            throw terminatingError(noSuchEvent);
        }
        if (subscriber.getAction() != null && !supportEvent) {
            writeObject(subscriber.getAction());
        }
    }
}
