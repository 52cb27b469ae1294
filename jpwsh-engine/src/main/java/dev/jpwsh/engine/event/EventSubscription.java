package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.ScriptBlock;

/**
 * What Register-EngineEvent and Register-ObjectEvent ask for: the identifier events will carry, the source
 * object and its event name (both null for engine events), the action (or null), the message data object
 * events carry, and the switches.
 */
public record EventSubscription(String sourceIdentifier, Object sourceObject, String eventName, ScriptBlock action,
        Object messageData, boolean supportEvent, boolean forward, int maxTriggerCount) {

    /** An engine-event subscription: events generated with {@code sourceIdentifier} (their generator sets MessageData). */
    public static EventSubscription engineEvent(String sourceIdentifier, ScriptBlock action, boolean supportEvent,
            boolean forward, int maxTriggerCount) {
        return new EventSubscription(sourceIdentifier, null, null, action, null, supportEvent, forward,
                maxTriggerCount);
    }
}
