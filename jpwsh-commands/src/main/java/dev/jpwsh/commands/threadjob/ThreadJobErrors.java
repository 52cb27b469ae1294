package dev.jpwsh.commands.threadjob;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/** The errors of Start-ThreadJob, with the ThreadJob module's error ids. */
final class ThreadJobErrors {
    private ThreadJobErrors() {
    }

    /** -FilePath that is not one readable {@code .ps1} file: terminating (StartThreadJobInvalidFilePath). */
    static PSException invalidFilePath(String filePath) {
        return RuntimeFailures.create("StartThreadJobInvalidFilePath,ThreadJob.StartThreadJobCommand",
                "InvalidArgument", "FilePath parameter must specify a single PowerShell script file (.ps1) that "
                        + "exists: " + filePath, filePath, "System.ArgumentException");
    }
}
