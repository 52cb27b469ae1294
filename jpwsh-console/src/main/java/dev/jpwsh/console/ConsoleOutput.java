package dev.jpwsh.console;

import java.io.PrintStream;

/**
 * The console's two output streams and what they are attached to. Everything jpwsh prints as a host goes
 * through here, so a test can hand in its own streams and read what was printed.
 */
final class ConsoleOutput {
    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;

    ConsoleOutput(PrintStream out, PrintStream err, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    void write(String text) {
        out.print(text);
    }

    void writeLine(String line) {
        out.println(line);
    }

    void writeError(String text) {
        err.print(text);
    }

    void writeErrorLine(String line) {
        err.println(line);
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
