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

    public static PSException actionMandatoryForLocal(String command) {
        return RuntimeFailures.create(id("ACTION_MANDATORY_FOR_LOCAL", command), "InvalidArgument",
                "The Action parameter is required when you do not forward events to a client.", null, ARGUMENT);
    }

    public static PSException actionAndForwardNotSupported(String command) {
        return RuntimeFailures.create(id("ACTION_AND_FORWARD_NOT_SUPPORTED", command), "InvalidOperation",
                "The Action and Forward parameters cannot be used together.", null, ARGUMENT);
    }

    public static PSException sourceIdentifierNotFound(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("INVALID_SOURCE_IDENTIFIER", command), "InvalidArgument",
                "Event with source identifier '" + sourceIdentifier + "' does not exist.", sourceIdentifier,
                ARGUMENT);
    }

    public static PSException eventIdentifierNotFound(String command, int eventIdentifier) {
        return RuntimeFailures.create(id("INVALID_EVENT_IDENTIFIER", command), "InvalidArgument",
                "Event with identifier '" + eventIdentifier + "' does not exist.", eventIdentifier, ARGUMENT);
    }

    public static PSException subscriberNotFound(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("INVALID_SOURCE_IDENTIFIER", command), "InvalidArgument",
                "Event subscription with source identifier '" + sourceIdentifier + "' does not exist.",
                sourceIdentifier, ARGUMENT);
    }

    public static PSException subscriptionIdNotFound(String command, int subscriptionId) {
        return RuntimeFailures.create(id("INVALID_SUBSCRIPTION_IDENTIFIER", command), "InvalidArgument",
                "Event subscription with identifier '" + subscriptionId + "' does not exist.", subscriptionId,
                ARGUMENT);
    }

    public static PSException subscriberExists(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("SUBSCRIBER_EXISTS", command), "InvalidArgument",
                "Cannot subscribe to the specified event. A subscriber with the source identifier '"
                        + sourceIdentifier + "' already exists.", sourceIdentifier, ARGUMENT);
    }

    public static PSException reservedIdentifier(String command, String sourceIdentifier) {
        return RuntimeFailures.create(id("RESERVED_IDENTIFIER", command), "InvalidArgument",
                "The source identifier '" + sourceIdentifier + "' is reserved for PowerShell engine events.",
                sourceIdentifier, ARGUMENT);
    }

    public static PSException eventNotFound(String command, Object source, String eventName) {
        return RuntimeFailures.create(id("INVALID_REGISTRATION", command), "InvalidArgument",
                "Cannot register for the specified event. An event with the name '" + eventName
                        + "' does not exist. (Parameter 'eventName')", source, ARGUMENT);
    }

    public static PSException managerClosed() {
        return RuntimeFailures.create("EventManagerClosed", "InvalidOperation",
                "The event manager of this runspace has been closed with the runspace.", null, INVALID_OPERATION);
    }
}
