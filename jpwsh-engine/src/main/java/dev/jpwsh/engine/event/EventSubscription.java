package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.ScriptBlock;

/**
 * What a subscription asks for: the identifier events will carry, the source object and its event name (both
 * null for engine events), what handles the events (a script action, a Java handler, or neither, in which case
 * they are queued), the message data object events carry, and the switches.
 *
 * @param sourceIdentifier the identifier the events carry, which the subscription takes in any case
 * @param sourceObject the object whose event is subscribed to; null for engine events
 * @param eventName the name of that object's event; null for engine events
 * @param action the {@code -Action} script, run as a job for each event; null for none
 * @param handler the Java handler called for each event; null for none
 * @param messageData the {@code -MessageData} object an object event carries; unused for engine events
 * @param supportEvent {@code -SupportEvent}: hidden from Get-EventSubscriber without {@code -Force}, and its job from
 *     Get-Job
 * @param forward {@code -Forward}: events it takes are swallowed instead of queued
 * @param maxTriggerCount {@code -MaxTriggerCount}: the subscription ends once that many events have been handled; 0 or
 *     less for never
 */
public record EventSubscription(String sourceIdentifier, Object sourceObject, String eventName, ScriptBlock action,
        PSEventReceivedEventHandler handler, Object messageData, boolean supportEvent, boolean forward,
        int maxTriggerCount) {

    /**
     * An engine-event subscription: events generated with {@code sourceIdentifier} (their generator sets MessageData).
     *
     * @param sourceIdentifier the identifier of the events to take
     * @param action the {@code -Action} script; null for none
     * @param supportEvent {@code -SupportEvent}
     * @param forward {@code -Forward}
     * @param maxTriggerCount {@code -MaxTriggerCount}; 0 or less for no limit
     * @return the request, for {@link PSEventManager#subscribe}
     */
    public static EventSubscription engineEvent(String sourceIdentifier, ScriptBlock action, boolean supportEvent,
            boolean forward, int maxTriggerCount) {
        return new EventSubscription(sourceIdentifier, null, null, action, null, null, supportEvent, forward,
                maxTriggerCount);
    }

    /**
     * Register-ObjectEvent's subscription to {@code eventName} of {@code sourceObject}.
     *
     * @param sourceIdentifier the identifier the object's events get
     * @param sourceObject the object
     * @param eventName the name of its event (any case)
     * @param action the {@code -Action} script; null for none
     * @param messageData the {@code -MessageData} each event carries
     * @param supportEvent {@code -SupportEvent}
     * @param forward {@code -Forward}
     * @param maxTriggerCount {@code -MaxTriggerCount}; 0 or less for no limit
     * @return the request, for {@link PSEventManager#subscribe}
     */
    public static EventSubscription objectEvent(String sourceIdentifier, Object sourceObject, String eventName,
            ScriptBlock action, Object messageData, boolean supportEvent, boolean forward, int maxTriggerCount) {
        return new EventSubscription(sourceIdentifier, sourceObject, eventName, action, null, messageData,
                supportEvent, forward, maxTriggerCount);
    }
}
