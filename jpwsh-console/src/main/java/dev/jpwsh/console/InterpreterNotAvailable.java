package dev.jpwsh.console;

/**
 * Stands where the interpreter will run scripts: jpwsh parses scripts but cannot execute them yet, so a script
 * that parses cleanly ends here with exit code 1. The interpreter replaces this class.
 */
final class InterpreterNotAvailable {
    private static final int EXIT_CODE = 1;

    private InterpreterNotAvailable() {
    }

    static int runScript(String scriptName, ConsoleOutput output) {
        output.writeErrorLine("jpwsh: the interpreter is not available yet; '" + scriptName
                + "' parsed without errors.");
        return EXIT_CODE;
    }

    static int startInteractiveSession(ConsoleOutput output) {
        output.writeErrorLine("jpwsh: the interactive console is not available yet; "
                + "run a script file or use -Command.");
        return EXIT_CODE;
    }
}
