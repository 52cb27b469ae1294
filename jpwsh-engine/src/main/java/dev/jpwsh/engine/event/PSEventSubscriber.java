package dev.jpwsh.engine.event;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One subscription (Get-EventSubscriber): which events it takes (by source identifier), and what it does
 * with them: run an action job, call a Java handler, forward them, or nothing, in which case they are queued. For
 * an object event, {@code detach} removes the listener from the source object. {@code triggered} counts the
 * events dispatched to it and {@code handled} those it has finished with, so that {@code -MaxTriggerCount} ends it
 * once its last event is handled; both are atomic, everything else is immutable.
 */
@DotNetName("System.Management.Automation.PSEventSubscriber")
public final class PSEventSubscriber {
    private final int subscriptionId;
    private final String sourceIdentifier;
    private final Object sourceObject;
    private final String eventName;
    private final PSEventJob action;
    private final PSEventReceivedEventHandler handlerDelegate;
    private final boolean supportEvent;
    private final boolean forwardEvent;
    private final int maxTriggerCount;
    private final Runnable detach;
    private final AtomicInteger triggered = new AtomicInteger();
    private final AtomicInteger handled = new AtomicInteger();

    PSEventSubscriber(int subscriptionId, EventSubscription request, PSEventJob action, Runnable detach) {
        this.subscriptionId = subscriptionId;
        this.sourceIdentifier = request.sourceIdentifier();
        this.sourceObject = request.sourceObject();
        this.eventName = request.eventName();
        this.action = action;
        this.handlerDelegate = request.handler();
        this.supportEvent = request.supportEvent();
        this.forwardEvent = request.forward();
        this.maxTriggerCount = Math.max(request.maxTriggerCount(), 0);
        this.detach = detach;
    }

    /** {@return {@code SubscriptionId}: the subscription's number in its session, counting from 1} */
    public int getSubscriptionId() {
        return subscriptionId;
    }

    /** {@return {@code SourceIdentifier}: the identifier of the events the subscription takes (in any case)} */
    public String getSourceIdentifier() {
        return sourceIdentifier;
    }

    /**
     * {@return {@code SourceObject}: the object whose event Register-ObjectEvent subscribed to; null for engine events}
     */
    public Object getSourceObject() {
        return sourceObject;
    }

    /** {@return {@code EventName}: the name of the source object's event; null for engine events} */
    public String getEventName() {
        return eventName;
    }

    /** {@return {@code Action}: the job that runs the {@code -Action} script, or null without one} */
    public PSEventJob getAction() {
        return action;
    }

    /** {@return {@code HandlerDelegate}: the Java handler given to {@code PSEventManager.subscribeEvent}, or null} */
    public PSEventReceivedEventHandler getHandlerDelegate() {
        return handlerDelegate;
    }

    /**
     * {@return {@code SupportEvent}: whether Get-EventSubscriber and Unregister-Event pass over the subscription
     * without {@code -Force}, and Get-Job over its job}
     */
    public boolean getSupportEvent() {
        return supportEvent;
    }

    /**
     * {@return {@code ForwardEvent}: whether {@code -Forward} was given; the events it takes are not queued, though no
     * client of a local runspace receives them}
     */
    public boolean getForwardEvent() {
        return forwardEvent;
    }

    boolean takes(PSEventArgs event) {
        return sourceIdentifier.equalsIgnoreCase(event.getSourceIdentifier());
    }

    /** Counts one more event for this subscriber; false once it has had its {@code -MaxTriggerCount}. */
    boolean trigger() {
        return maxTriggerCount == 0 || triggered.incrementAndGet() <= maxTriggerCount;
    }

    /**
     * One event it took has been dealt with (its action ran, its handler returned, or it had nothing to do); true
     * when that was the last of its {@code -MaxTriggerCount}, so the subscription ends now.
     */
    boolean handled() {
        return maxTriggerCount > 0 && handled.incrementAndGet() == maxTriggerCount;
    }

    void detach() {
        detach.run();
    }

    /** {@return the .NET type name, as PowerShell shows the object} */
    @Override
    public String toString() {
        return "System.Management.Automation.PSEventSubscriber";
    }
}
