package dev.jpwsh.commands.utility;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * New-Event: generates an engine event in this session and outputs it. It is dispatched at once, so a matching
 * action runs at the next statement.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewEventCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSEventArgs"})
public final class NewEventCommand extends EventCommand {
    @Parameter(position = 0, mandatory = true)
    private String sourceIdentifier;

    @Parameter(position = 1)
    private Object sender;

    @Parameter(position = 2)
    private Object eventArguments;

    @Parameter(position = 3)
    private Object messageData;

    @Override
    protected void endProcessing() {
        Object[] args = eventArguments == null ? new Object[0] : Enumeration.toList(eventArguments).toArray();
        writeObject(events().GenerateEvent(sourceIdentifier, sender, args, messageData, true, false));
    }
}
