package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/**
 * The errors of the event cmdlets, with PowerShell's error ids (EventingStrings) and exception types; the cmdlet
 * that reports one adds its .NET class name to the id ({@code ...,Microsoft.PowerShell.Commands.GetEventCommand}).
 */
public final class EventErrors {
    private static final String ARGUMENT = "System.ArgumentException";
    private static final String INVALID_OPERATION = "System.InvalidOperationException";

    private EventErrors() {
    }

    /**
     * {@return the error of Register-EngineEvent given neither -Action nor -Forward (ACTION_MANDATORY_FOR_LOCAL)}
     *
     */
    public static PSException actionMandatoryForLocal() {
        return RuntimeFailures.create("ACTION_MANDATORY_FOR_LOCAL", "InvalidArgument",
                "The Action parameter is required when you do not forward events to a client.", null, ARGUMENT);
    }

    /**
     * {@return the error of Register-EngineEvent or Register-ObjectEvent given both -Action and -Forward
     * (ACTION_AND_FORWARD_NOT_SUPPORTED)}
     *
     */
    public static PSException actionAndForwardNotSupported() {
        return RuntimeFailures.create("ACTION_AND_FORWARD_NOT_SUPPORTED", "InvalidOperation",
                "The Action and Forward parameters cannot be used together.", null, ARGUMENT);
    }

    /**
     * {@return the error of Get-Event or Remove-Event when no queued event has the -SourceIdentifier given without
     * wildcards (INVALID_SOURCE_IDENTIFIER)}
     *
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException sourceIdentifierNotFound(String sourceIdentifier) {
        return RuntimeFailures.create("INVALID_SOURCE_IDENTIFIER", "InvalidArgument",
                "Event with source identifier '" + sourceIdentifier + "' does not exist.", sourceIdentifier,
                ARGUMENT);
    }

    /**
     * {@return the error of Get-Event or Remove-Event when no queued event has the -EventIdentifier
     * (INVALID_EVENT_IDENTIFIER)}
     *
     * @param eventIdentifier the number asked for, also the error's target object
     */
    public static PSException eventIdentifierNotFound(int eventIdentifier) {
        return RuntimeFailures.create("INVALID_EVENT_IDENTIFIER", "InvalidArgument",
                "Event with identifier '" + eventIdentifier + "' does not exist.", eventIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Get-EventSubscriber or Unregister-Event when no subscription has the -SourceIdentifier
     * given without wildcards (INVALID_SOURCE_IDENTIFIER)}
     *
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException subscriberNotFound(String sourceIdentifier) {
        return RuntimeFailures.create("INVALID_SOURCE_IDENTIFIER", "InvalidArgument",
                "Event subscription with source identifier '" + sourceIdentifier + "' does not exist.",
                sourceIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Get-EventSubscriber or Unregister-Event when no subscription has the -SubscriptionId
     * (INVALID_SUBSCRIPTION_IDENTIFIER)}
     *
     * @param subscriptionId the number asked for, also the error's target object
     */
    public static PSException subscriptionIdNotFound(int subscriptionId) {
        return RuntimeFailures.create("INVALID_SUBSCRIPTION_IDENTIFIER", "InvalidArgument",
                "Event subscription with identifier '" + subscriptionId + "' does not exist.", subscriptionId,
                ARGUMENT);
    }

    /**
     * {@return the error of Register-ObjectEvent when a subscription already has the source identifier
     * (SUBSCRIBER_EXISTS)}
     *
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException subscriberExists(String sourceIdentifier) {
        return RuntimeFailures.create("SUBSCRIBER_EXISTS", "InvalidArgument",
                "Cannot subscribe to the specified event. A subscriber with the source identifier '"
                        + sourceIdentifier + "' already exists.", sourceIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Register-ObjectEvent given a source identifier that starts with {@code PowerShell.}
     * (RESERVED_IDENTIFIER)}
     *
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException reservedIdentifier(String sourceIdentifier) {
        return RuntimeFailures.create("RESERVED_IDENTIFIER", "InvalidArgument",
                "The source identifier '" + sourceIdentifier + "' is reserved for PowerShell engine events.",
                sourceIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Register-ObjectEvent naming an event the object does not have, or one jpwsh cannot listen
     * to (INVALID_REGISTRATION)}
     *
     * @param source the object, also the error's target object
     * @param eventName the event name asked for
     */
    public static PSException eventNotFound(Object source, String eventName) {
        return RuntimeFailures.create("INVALID_REGISTRATION", "InvalidArgument",
                "Cannot register for the specified event. An event with the name '" + eventName
                        + "' does not exist. (Parameter 'eventName')", source, ARGUMENT);
    }

    /**
     * {@return the error of a subscription to a session whose runspace has closed (EventManagerClosed, an
     * InvalidOperationException)}
     */
    public static PSException managerClosed() {
        return RuntimeFailures.create("EventManagerClosed", "InvalidOperation",
                "The event manager of this runspace has been closed with the runspace.", null, INVALID_OPERATION);
    }
}
