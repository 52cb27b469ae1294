package dev.jpwsh.console.options;

/**
 * The parsed command line. When {@code error} is not null the command line was bad: the host prints the error,
 * then the usage text if {@code showUsage}, and exits with {@link #BAD_COMMAND_LINE_EXIT_CODE}. A request for
 * help prints the usage text (with the details when {@code showDetails}) and exits with 0.
 */
public record StartupOptions(String error, boolean showUsage, boolean showDetails, boolean showVersion,
        StartupScript script, SessionSettings settings) {
    /** pwsh's exit code for a command-line usage error (EX_USAGE). */
    public static final int BAD_COMMAND_LINE_EXIT_CODE = 64;

    public boolean hasError() {
        return error != null;
    }

    /** True when the host should stop after printing the error or help, without running anything. */
    public boolean abortStartup() {
        return hasError() || showUsage;
    }

    public int exitCode() {
        return hasError() ? BAD_COMMAND_LINE_EXIT_CODE : 0;
    }
}
