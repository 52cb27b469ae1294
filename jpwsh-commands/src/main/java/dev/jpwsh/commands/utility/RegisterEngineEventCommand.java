package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.event.EventErrors;
import dev.jpwsh.engine.event.EventSubscription;
import dev.jpwsh.engine.event.PSEventSubscriber;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Register-EngineEvent: subscribes to engine events of one source identifier, with an action (whose job it
 * outputs, unless {@code -SupportEvent}) or {@code -Forward}. {@code -MessageData} is accepted and ignored:
 * an engine event's message data comes from whoever generates it.
 */
@DotNetName("Microsoft.PowerShell.Commands.RegisterEngineEventCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSEventJob"})
public final class RegisterEngineEventCommand extends EventCommand {
    @Parameter(position = 0, mandatory = true)
    private String sourceIdentifier;

    @Parameter(position = 1)
    private ScriptBlock action;

    @Parameter
    private Object messageData;

    @Parameter
    private boolean supportEvent;

    @Parameter
    private boolean forward;

    @Parameter
    private int maxTriggerCount;

    @Override
    protected void endProcessing() {
        if (action == null && !forward) {
            throw terminatingError(EventErrors.actionMandatoryForLocal());
        }
        if (action != null && forward) {
            throw terminatingError(EventErrors.actionAndForwardNotSupported());
        }
        PSEventSubscriber subscriber = events().subscribe(EventSubscription.engineEvent(sourceIdentifier, action,
                supportEvent, forward, maxTriggerCount));
        if (subscriber.getAction() != null && !supportEvent) {
            writeObject(subscriber.getAction());
        }
    }
}
