package dev.jpwsh.console;

import java.io.PrintStream;

/**
 * The console's two output streams and what they are attached to. Everything jpwsh prints as a host goes
 * through here, so a test can hand in its own streams and read what was printed. {@code processStreams} says
 * whether they are the process's own standard streams, which native programs may then inherit.
 */
final class ConsoleOutput {
    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;
    private final boolean processStreams;

    ConsoleOutput(PrintStream out, PrintStream err, Terminal terminal, boolean processStreams) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.processStreams = processStreams;
    }

    boolean processStreams() {
        return processStreams;
    }

    /** The output stream itself, for a line editor that draws on it. */
    java.io.OutputStream outputStream() {
        return out;
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
