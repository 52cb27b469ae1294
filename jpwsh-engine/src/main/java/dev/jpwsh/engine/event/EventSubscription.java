package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.ScriptBlock;

/**
 * What a subscription asks for: the identifier events will carry, the source object and its event name (both
 * null for engine events), what handles the events (a script action, a Java handler, or neither, in which case
 * they are queued), the message data object events carry, and the switches.
 */
public record EventSubscription(String sourceIdentifier, Object sourceObject, String eventName, ScriptBlock action,
        PSEventReceivedEventHandler handler, Object messageData, boolean supportEvent, boolean forward,
        int maxTriggerCount) {

    /** An engine-event subscription: events generated with {@code sourceIdentifier} (their generator sets MessageData). */
    public static EventSubscription engineEvent(String sourceIdentifier, ScriptBlock action, boolean supportEvent,
            boolean forward, int maxTriggerCount) {
        return new EventSubscription(sourceIdentifier, null, null, action, null, null, supportEvent, forward,
                maxTriggerCount);
    }

    /** Register-ObjectEvent's subscription to {@code eventName} of {@code sourceObject}. */
    public static EventSubscription objectEvent(String sourceIdentifier, Object sourceObject, String eventName,
            ScriptBlock action, Object messageData, boolean supportEvent, boolean forward, int maxTriggerCount) {
        return new EventSubscription(sourceIdentifier, sourceObject, eventName, action, null, messageData,
                supportEvent, forward, maxTriggerCount);
    }
}
