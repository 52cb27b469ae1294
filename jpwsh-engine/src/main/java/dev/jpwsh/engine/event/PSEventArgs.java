package dev.jpwsh.engine.event;

import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.dotnet.DateTime;
import dev.jpwsh.engine.types.dotnet.EventArgs;
import dev.jpwsh.engine.types.dotnet.SystemStatics.Guid;

/**
 * One engine event, as GenerateEvent and New-Event return it and Get-Event lists it. Immutable.
 * {@code SourceEventArgs} is the first of the arguments that is a {@link EventArgs}; {@code ComputerName} is
 * null because every event here is local.
 */
@DotNetName("System.Management.Automation.PSEventArgs")
public final class PSEventArgs extends EventArgs {
    private final int eventIdentifier;
    private final Guid runspaceId;
    private final Object sender;
    private final Object[] sourceArgs;
    private final String sourceIdentifier;
    private final Object messageData;
    private final DateTime timeGenerated = DateTime.getNow();

    PSEventArgs(int eventIdentifier, Guid runspaceId, String sourceIdentifier, Object sender, Object[] sourceArgs,
            Object messageData) {
        this.eventIdentifier = eventIdentifier;
        this.runspaceId = runspaceId;
        this.sourceIdentifier = sourceIdentifier;
        this.sender = sender;
        this.sourceArgs = sourceArgs == null ? new Object[0] : sourceArgs.clone();
        this.messageData = messageData;
    }

    public int getEventIdentifier() {
        return eventIdentifier;
    }

    public Guid getRunspaceId() {
        return runspaceId;
    }

    public String getComputerName() {
        return null;
    }

    public Object getSender() {
        return sender;
    }

    public Object[] getSourceArgs() {
        return sourceArgs.clone();
    }

    public EventArgs getSourceEventArgs() {
        for (Object arg : sourceArgs) {
            if (arg instanceof EventArgs eventArgs) {
                return eventArgs;
            }
        }
        return null;
    }

    public String getSourceIdentifier() {
        return sourceIdentifier;
    }

    public Object getMessageData() {
        return messageData;
    }

    public DateTime getTimeGenerated() {
        return timeGenerated;
    }
}
