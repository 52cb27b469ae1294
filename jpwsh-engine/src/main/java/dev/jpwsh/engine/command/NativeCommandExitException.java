package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.Locale;

/**
 * A native program ended with a non-zero exit code while {@code $PSNativeCommandUseErrorActionPreference} is true:
 * {@code $_.Exception.Path}, {@code .ExitCode} and {@code .ProcessId} as pwsh has them.
 */
public final class NativeCommandExitException extends PSRuntimeException {
    static final String ERROR_ID = "ProgramExitedWithNonZeroCode";

    private final String path;
    private final int exitCode;
    private final long processId;

    NativeCommandExitException(String name, String path, int exitCode, long processId) {
        super(ERROR_ID, "NotSpecified", "Program \"" + name + "\" ended with non-zero exit code: " + exitCode + " (0x"
                + String.format(Locale.ROOT, "%02X", exitCode) + ").", null,
                "System.Management.Automation.NativeCommandExitException");
        this.path = path;
        this.exitCode = exitCode;
        this.processId = processId;
    }

    public String getPath() {
        return path;
    }

    public int getExitCode() {
        return exitCode;
    }

    public long getProcessId() {
        return processId;
    }
}
