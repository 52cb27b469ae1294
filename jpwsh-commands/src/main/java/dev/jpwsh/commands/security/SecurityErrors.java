package dev.jpwsh.commands.security;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.List;

/** The errors of the bytes-and-secrets cmdlets, with pwsh's ids, categories and texts. */
final class SecurityErrors {
    private SecurityErrors() {
    }

    static PSException fileNotFound(String path) {
        return RuntimeFailures.create("FileNotFound", "ObjectNotFound", "Cannot find path '" + path
                + "' because it does not exist.", path, "System.Management.Automation.ItemNotFoundException");
    }

    /** A -LiteralPath file that is not there: .NET's FileNotFoundException, caught as pwsh's FileNotFound. */
    static PSException missingFile(String path) {
        return RuntimeFailures.create("FileNotFound", "ObjectNotFound", "Could not find file '" + path + "'.", path,
                "System.IO.FileNotFoundException");
    }

    static PSException accessDenied(String path) {
        return RuntimeFailures.create("UnauthorizedAccessError", "InvalidData", "Access to the path '" + path
                + "' is denied.", path, "System.UnauthorizedAccessException");
    }

    static PSException readError(String path, String message) {
        return RuntimeFailures.create("FileReadError", "ReadError", message, path, "System.IO.IOException");
    }

    static PSException notInSet(String parameter, String value, List<String> set) {
        return RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData", "Cannot validate argument "
                + "on parameter '" + parameter + "'. The argument \"" + value + "\" does not belong to the set \""
                + String.join(",", set) + "\" specified by the ValidateSet attribute. Supply an argument that is in "
                + "the set and then try the command again.", value,
                "System.Management.Automation.ParameterBindingValidationException");
    }

    /** ConvertTo-SecureString's non-terminating error for text or a key it cannot use. */
    static PSException invalidArgument(String id, String message) {
        return RuntimeFailures.create(id, "InvalidArgument", message, null, "System.ArgumentException");
    }

    /** A key of the wrong length given to ConvertFrom-SecureString: pwsh's PSArgumentException escaping it. */
    static PSException badKey(String message) {
        return RuntimeFailures.create("Argument", "InvalidArgument", message, null,
                "System.Management.Automation.PSArgumentException");
    }

    static PSException emptySecureString() {
        return RuntimeFailures.create("Argument", "InvalidArgument", "Cannot process argument because the value of "
                + "argument \"SecureString\" is not valid. Change the value of the \"SecureString\" argument and run "
                + "the operation again.", null, "System.Management.Automation.PSArgumentException");
    }

    static PSException platformNotSupported() {
        return RuntimeFailures.create("System.PlatformNotSupportedException", "NotSpecified",
                "Operation is not supported on this platform.", null, "System.PlatformNotSupportedException");
    }

    static PSException linuxNotSupported() {
        return RuntimeFailures.create("LinuxNotSupported", "NotImplemented", "The cmdlet does not support Linux.",
                null, "System.PlatformNotSupportedException");
    }

    static PSException invalidOperation(String id, String message) {
        return RuntimeFailures.create(id, "InvalidOperation", message, null, "System.InvalidOperationException");
    }
}
