package dev.jpwsh.console;

/**
 * Stands where the interactive console (the REPL with its continuation prompt) will run; until it exists,
 * starting jpwsh with nothing to run says so and ends with exit code 1.
 */
final class InteractiveSession {
    private static final int EXIT_CODE = 1;

    private InteractiveSession() {
    }

    static int start(ConsoleOutput output) {
        output.writeErrorLine("jpwsh: the interactive console is not available yet; "
                + "run a script file or use -Command.");
        return EXIT_CODE;
    }
}
