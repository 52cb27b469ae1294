package dev.jpwsh.runtime.error;

import java.util.List;

/** The names of System.Management.Automation.ErrorCategory, in the order of their numbers (NotSpecified is 0). */
public final class ErrorCategories {
    public static final List<String> NAMES = List.of("NotSpecified", "OpenError", "CloseError", "DeviceError",
            "DeadlockDetected", "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType",
            "MetadataError", "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped",
            "OperationTimeout", "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists",
            "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr", "SecurityError", "ProtocolError",
            "ConnectionError", "AuthenticationError", "LimitsExceeded", "QuotaExceeded", "NotEnabled");

    private ErrorCategories() {
    }

    /** {@return the category {@code value} names (a name in any case, or its number), or null when none} */
    public static String named(Object value) {
        if (value instanceof Integer number) {
            return number >= 0 && number < NAMES.size() ? NAMES.get(number) : null;
        }
        if (!(value instanceof String || value instanceof Enum<?>)) {
            return null;
        }
        String text = value.toString().strip();
        return NAMES.stream().filter(text::equalsIgnoreCase).findFirst().orElse(null);
    }

    /** .NET's text when {@code value} names no category, as the ErrorCategory enum refuses it. */
    public static String refusal(Object value) {
        return "Unable to match the identifier name " + value + " to a valid enumerator name. Specify one of the "
                + "following enumerator names and try again:\n" + String.join(", ", NAMES);
    }
}
