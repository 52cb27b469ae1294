package dev.jpwsh.console.options;

/**
 * The command-line choices that shape the session rather than say what to run. A null string means the option
 * was not given; the execution policy is one of pwsh's policy names as typed, and the formats are {@code Text},
 * {@code XML} or {@code None}; {@code customPipeName} is a pipe to listen on as well as the process's.
 */
public record SessionSettings(boolean noProfile, boolean noLogo, boolean nonInteractive, boolean noExit,
        String executionPolicy, String workingDirectory, String settingsFile, String inputFormat,
        String outputFormat, String customPipeName) {
}
