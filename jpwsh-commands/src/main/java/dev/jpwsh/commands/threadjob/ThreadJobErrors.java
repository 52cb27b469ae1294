package dev.jpwsh.commands.threadjob;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/**
 * The errors of Start-ThreadJob, as the ThreadJob module raises them: plain .NET exceptions thrown out of the cmdlet,
 * so their ids are the exception's type name or the error id the exception carries (the cmdlet adds its type).
 */
final class ThreadJobErrors {
    private ThreadJobErrors() {
    }

    static PSException wildcardInFilePath(String filePath) {
        return RuntimeFailures.create("System.ArgumentException", "NotSpecified",
                "FilePath cannot contain wildcards.", filePath, "System.ArgumentException");
    }

    static PSException notAScriptFile(String filePath) {
        return RuntimeFailures.create("System.ArgumentException", "NotSpecified",
                "Invalid file path extension.  Extension should be .ps1.", filePath, "System.ArgumentException");
    }

    /** {@code $using:a[1]} or {@code $using:a.P} in a thread job: a PSInvalidOperationException. */
    static PSException usingNotAVariable(String expression) {
        return RuntimeFailures.create("InvalidOperation", "InvalidOperation", "Cannot get the value of the "
                + "Using expression " + expression + ".  Start-ThreadJob only supports using variable expressions.",
                null, "System.Management.Automation.PSInvalidOperationException");
    }

    static PSException fileNotFound(String filePath) {
        return RuntimeFailures.create("PathNotFound", "ObjectNotFound",
                "Cannot find path '" + filePath + "' because it does not exist.", filePath,
                "System.Management.Automation.ItemNotFoundException");
    }
}
