package dev.jpwsh.remoting.job;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/** Start-Job's errors, with pwsh's ids and messages (RemotingErrorIdStrings, AutomationExceptions). */
final class StartJobErrors {
    private StartJobErrors() {
    }

    /** -PSVersion other than 5.1: the parameter's setter refuses it, which the binder reports. */
    static PSException psVersionOutOfRange(Object value) {
        return RuntimeFailures.create("ParameterBindingFailed", "InvalidArgument", "Cannot bind parameter "
                + "'PSVersion' to the target. Exception setting \"PSVersion\": \"The value " + value + " is not valid "
                + "for the PSVersion parameter. The only allowed value is 5.1.\"", null,
                "System.Management.Automation.ParameterBindingException");
    }

    /** -PSVersion 5.1 asks for Windows PowerShell, which this platform does not have (found when its process starts). */
    static PSException windowsPowerShellMissing() {
        return RuntimeFailures.create("InvalidOperation", "InvalidOperation",
                "Unable to create Windows PowerShell process because Windows PowerShell could not be found on this "
                + "machine.", null, "System.Management.Automation.PSInvalidOperationException");
    }

    static PSException workingDirectoryNotFound(String path) {
        return RuntimeFailures.create("DirectoryNotFoundException", "InvalidOperation", "Cannot find the "
                + "WorkingDirectory path " + path + ".", null, "System.IO.DirectoryNotFoundException");
    }

    static PSException wildcardInFilePath() {
        return RuntimeFailures.create("System.ArgumentException", "NotSpecified", "Wildcard characters are not "
                + "supported for the FilePath parameter. Specify a path without wildcard characters. (Parameter "
                + "'filePath')", null, "System.ArgumentException");
    }

    static PSException notAScriptFile() {
        return RuntimeFailures.create("System.ArgumentException", "NotSpecified", "The value of the FilePath "
                + "parameter must be a PowerShell script file. Enter the path to a file with a .ps1 file name "
                + "extension and try the command again. (Parameter 'filePath')", null, "System.ArgumentException");
    }

    static PSException fileNotFound(String path) {
        return RuntimeFailures.create("PathNotFound", "ObjectNotFound", "Cannot find path '" + path
                + "' because it does not exist.", path, "System.Management.Automation.ItemNotFoundException");
    }

    /** {@code $using:name} of a variable the caller has not set. */
    static PSException usingVariableUndefined(String name) {
        return RuntimeFailures.create("UsingVariableIsUndefined", "InvalidOperation", "The value of the using "
                + "variable '$using:" + name + "' cannot be retrieved because it has not been set in the local "
                + "session.", null, "System.Management.Automation.RuntimeException");
    }

    static PSException runAs32NotSupported() {
        return RuntimeFailures.create("RunAs32NotSupported", "InvalidOperation", "Cannot start a 32-bit 'pwsh' "
                + "process from the 64-bit 'pwsh' installation. Install the 32-bit 'pwsh' if you need to run "
                + "PowerShell in a 32-bit process.", null, "System.Management.Automation.PSNotSupportedException");
    }

    /** A script block from a ConstrainedLanguage session, which the system does not lock down on Linux. */
    static PSException inconsistentLanguageMode() {
        return RuntimeFailures.create("CannotStartJobInconsistentLanguageMode", "PermissionDenied", "Cannot start "
                + "job. The language mode for this session is incompatible with the system-wide language mode.",
                "ConstrainedLanguage", "System.Management.Automation.PSNotSupportedException");
    }
}
