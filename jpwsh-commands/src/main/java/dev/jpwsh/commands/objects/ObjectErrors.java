package dev.jpwsh.commands.objects;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/** The errors of the object cmdlets, with pwsh's ids, categories and messages. */
final class ObjectErrors {
    static final String INVALID_OPERATION = "System.InvalidOperationException";
    static final String ARGUMENT = "System.ArgumentException";

    private ObjectErrors() {
    }

    static ErrorRecord record(String id, String category, String message, Object target, String type) {
        return new ErrorRecord(new PSRuntimeException(id, category, message, null, type), id, category, target, null);
    }

    /** An InvalidOperation error of Add-Member and its kin. */
    static ErrorRecord invalidOperation(String id, String message, Object target) {
        return record(id, "InvalidOperation", message, target, INVALID_OPERATION);
    }

    /** A parameter value that does not convert to the parameter's enum type. */
    static ErrorRecord badEnum(String parameter, Object value, String enumType, String names) {
        String message = "Cannot bind parameter '" + parameter + "'. Cannot convert value \"" + value + "\" to type \""
                + enumType + "\". Error: \"Unable to match the identifier name " + value + " to a valid enumerator "
                + "name. Specify one of the following enumerator names and try again:\n" + names + "\"";
        return record("CannotConvertArgumentNoMessage", "InvalidArgument", message, null,
                "System.Management.Automation.ParameterBindingException");
    }
}
