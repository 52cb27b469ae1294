package dev.jpwsh.engine.host;

/**
 * What the engine asks of whoever shows output: text on the console's output and error streams. Implementations
 * decide about colours; the engine never touches {@code System.out}.
 */
public interface HostUserInterface {
    /** Console colours, as PowerShell names them. */
    enum Color {
        Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan,
        Red, Magenta, Yellow, White
    }

    /** Text as it is, with no line ending added. */
    void write(String text);

    /** Text in colours; null colours keep the console's. */
    void write(Color foreground, Color background, String text);

    default void writeLine(String text) {
        write(text + "\n");
    }

    /** A line on the error stream. */
    void writeErrorLine(String text);

    /** Shows an error record, in the host's error view. */
    void writeError(dev.jpwsh.runtime.error.ErrorRecord record);

    /** A warning's message, which the host prefixes as it likes ("WARNING: " on the console). */
    void writeWarningLine(String text);

    /** A verbose message, shown only when the preference lets it through. */
    void writeVerboseLine(String text);

    /** A debug message, shown only when the preference lets it through. */
    void writeDebugLine(String text);

    /** An activity's progress. Hosts with nowhere to draw a progress display ignore it, as this default does. */
    default void writeProgress(dev.jpwsh.engine.exec.ProgressRecord record) {
    }
}
