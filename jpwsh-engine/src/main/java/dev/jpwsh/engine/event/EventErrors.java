package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/**
 * The errors of the event cmdlets, with PowerShell's error ids (EventingStrings) and exception types; {@code command}
 * is the reporting cmdlet's .NET class name ({@code GetEventCommand}).
 */
public final class EventErrors {
    private static final String ARGUMENT = "System.ArgumentException";
    private static final String INVALID_OPERATION = "System.InvalidOperationException";

    private EventErrors() {
    }

    /** A FullyQualifiedErrorId as a cmdlet reports it: the error id, then the cmdlet's .NET class. */
    private static String id(String errorId, String command) {
        return errorId + ",Microsoft.PowerShell.Commands." + command;
    }

    /**
     * {@return the error of Register-EngineEvent given neither -Action nor -Forward (ACTION_MANDATORY_FOR_LOCAL)}
     *
     * @param command the reporting cmdlet's .NET class name
     */
    public static PSException actionMandatoryForLocal(String command) {
        return RuntimeFailures.create(id("ACTION_MANDATORY_FOR_LOCAL", command), "InvalidArgument",
                "The Action parameter is required when you do not forward events to a client.", null, ARGUMENT);
    }

    /**
     * {@return the error of Register-EngineEvent or Register-ObjectEvent given both -Action and -Forward
     * (ACTION_AND_FORWARD_NOT_SUPPORTED)}
     *
     * @param command the reporting cmdlet's .NET class name
     */
    public static PSException actionAndForwardNotSupported(String command) {
        return RuntimeFailures.create(id("ACTION_AND_FORWARD_NOT_SUPPORTED", command), "InvalidOperation",
                "The Action and Forward parameters cannot be used together.", null, ARGUMENT);
    }

    /**
     * {@return the error of Get-Event or Remove-Event when no queued event has the -SourceIdentifier given without
     * wildcards (INVALID_SOURCE_IDENTIFIER)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException sourceIdentifierNotFound(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("INVALID_SOURCE_IDENTIFIER", command), "InvalidArgument",
                "Event with source identifier '" + sourceIdentifier + "' does not exist.", sourceIdentifier,
                ARGUMENT);
    }

    /**
     * {@return the error of Get-Event or Remove-Event when no queued event has the -EventIdentifier
     * (INVALID_EVENT_IDENTIFIER)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param eventIdentifier the number asked for, also the error's target object
     */
    public static PSException eventIdentifierNotFound(String command, int eventIdentifier) {
        return RuntimeFailures.create(id("INVALID_EVENT_IDENTIFIER", command), "InvalidArgument",
                "Event with identifier '" + eventIdentifier + "' does not exist.", eventIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Get-EventSubscriber or Unregister-Event when no subscription has the -SourceIdentifier
     * given without wildcards (INVALID_SOURCE_IDENTIFIER)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException subscriberNotFound(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("INVALID_SOURCE_IDENTIFIER", command), "InvalidArgument",
                "Event subscription with source identifier '" + sourceIdentifier + "' does not exist.",
                sourceIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Get-EventSubscriber or Unregister-Event when no subscription has the -SubscriptionId
     * (INVALID_SUBSCRIPTION_IDENTIFIER)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param subscriptionId the number asked for, also the error's target object
     */
    public static PSException subscriptionIdNotFound(String command, int subscriptionId) {
        return RuntimeFailures.create(id("INVALID_SUBSCRIPTION_IDENTIFIER", command), "InvalidArgument",
                "Event subscription with identifier '" + subscriptionId + "' does not exist.", subscriptionId,
                ARGUMENT);
    }

    /**
     * {@return the error of Register-ObjectEvent when a subscription already has the source identifier
     * (SUBSCRIBER_EXISTS)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException subscriberExists(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("SUBSCRIBER_EXISTS", command), "InvalidArgument",
                "Cannot subscribe to the specified event. A subscriber with the source identifier '"
                        + sourceIdentifier + "' already exists.", sourceIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Register-ObjectEvent given a source identifier that starts with {@code PowerShell.}
     * (RESERVED_IDENTIFIER)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param sourceIdentifier the identifier asked for, also the error's target object
     */
    public static PSException reservedIdentifier(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("RESERVED_IDENTIFIER", command), "InvalidArgument",
                "The source identifier '" + sourceIdentifier + "' is reserved for PowerShell engine events.",
                sourceIdentifier, ARGUMENT);
    }

    /**
     * {@return the error of Register-ObjectEvent naming an event the object does not have, or one jpwsh cannot listen
     * to (INVALID_REGISTRATION)}
     *
     * @param command the reporting cmdlet's .NET class name
     * @param source the object, also the error's target object
     * @param eventName the event name asked for
     */
    public static PSException eventNotFound(String command, Object source, String eventName) {
        return RuntimeFailures.create(id("INVALID_REGISTRATION", command), "InvalidArgument",
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
