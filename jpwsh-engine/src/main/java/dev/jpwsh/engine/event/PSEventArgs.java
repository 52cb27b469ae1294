package dev.jpwsh.engine.event;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.EventArgs;
import dev.jpwsh.dotnet.SystemStatics.Guid;

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

    /** {@return {@code EventIdentifier}: the event's number in its session, counting from 1} */
    public int getEventIdentifier() {
        return eventIdentifier;
    }

    /**
     * {@return {@code RunspaceId}: the InstanceId of the runspace whose event manager made the event; the empty Guid
     * before that runspace has opened}
     */
    public Guid getRunspaceId() {
        return runspaceId;
    }

    /** {@return {@code ComputerName}: always null, as every event here is local} */
    public String getComputerName() {
        return null;
    }

    /** {@return {@code Sender}: the object that raised the event, as its generator gave it (may be null)} */
    public Object getSender() {
        return sender;
    }

    /** {@return {@code SourceArgs}: a copy of the event's arguments; empty, never null, when none were given} */
    public Object[] getSourceArgs() {
        return sourceArgs.clone();
    }

    /**
     * {@return {@code SourceEventArgs}: the first of the arguments that is an {@link EventArgs}, or null when none is}
     */
    public EventArgs getSourceEventArgs() {
        for (Object arg : sourceArgs) {
            if (arg instanceof EventArgs eventArgs) {
                return eventArgs;
            }
        }
        return null;
    }

    /** {@return {@code SourceIdentifier}: what subscriptions and Get-Event match (in any case)} */
    public String getSourceIdentifier() {
        return sourceIdentifier;
    }

    /**
     * {@return {@code MessageData}: the extra data the generator passed; for an object event, its subscription's {@code
     * -MessageData}}
     */
    public Object getMessageData() {
        return messageData;
    }

    /** {@return {@code TimeGenerated}: the local time at which the event was created} */
    public DateTime getTimeGenerated() {
        return timeGenerated;
    }
}
