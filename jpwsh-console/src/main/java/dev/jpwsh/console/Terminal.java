package dev.jpwsh.console;

import java.io.Console;
import java.util.Map;

/**
 * What the console is attached to: which standard streams are terminals, how wide the window is (0 when the
 * error stream is not a terminal, so nothing is wrapped), and whether the user asked for no colour
 * ({@code NO_COLOR}). The {@code ./jpwsh} launcher tests the three streams itself and passes the answer as
 * {@code -Djpwsh.terminal=012} (the digits of the streams that are terminals); without it the JVM's console
 * decides for all three at once.
 */
record Terminal(boolean input, boolean output, boolean error, int columns, boolean colorDisabled) {
    static final Terminal NONE = new Terminal(false, false, false, 0, false);

    private static final int DEFAULT_COLUMNS = 120;

    static Terminal detect(Map<String, String> environment) {
        String streams = System.getProperty("jpwsh.terminal");
        boolean input;
        boolean output;
        boolean error;
        if (streams != null) {
            input = streams.contains("0");
            output = streams.contains("1");
            error = streams.contains("2");
        } else {
            Console console = System.console();
            input = console != null && console.isTerminal();
            output = input;
            error = input;
        }
        int columns = error ? columns(environment.get("COLUMNS")) : 0;
        return new Terminal(input, output, error, columns, environment.containsKey("NO_COLOR"));
    }

    /** Colour only when both output streams are terminals, so no escape sequence lands in a file or pipe. */
    boolean supportsColor() {
        return output && error && !colorDisabled;
    }

    private static int columns(String value) {
        try {
            int columns = value == null ? DEFAULT_COLUMNS : Integer.parseInt(value.strip());
            return columns > 0 ? columns : DEFAULT_COLUMNS;
        } catch (NumberFormatException notANumber) {
            return DEFAULT_COLUMNS;
        }
    }
}
