package dev.jpwsh.console.line;

import org.jline.reader.LineReader;

/**
 * The line being typed at the prompt, for the key handlers' script blocks ({@code [PSConsoleReadLine]::Insert},
 * {@code GetBufferState}, {@code AcceptLine}, {@code RevertLine}): the reader of the line read now, or none. A key
 * handler runs on the thread that reads the line, so only that thread uses it while it is set.
 */
public final class EditBuffer {
    private static volatile LineReader reader;

    private EditBuffer() {
    }

    static void reading(LineReader current) {
        reader = current;
    }

    /** Inserts {@code text} at the cursor; nothing happens when no line is read. */
    public static void insert(String text) {
        LineReader current = reader;
        if (current != null) {
            current.getBuffer().write(text);
        }
    }

    /** {@return the text typed so far}, empty when no line is read */
    public static String text() {
        LineReader current = reader;
        return current == null ? "" : current.getBuffer().toString();
    }

    /** {@return the cursor's index in the text}, 0 when no line is read */
    public static int cursor() {
        LineReader current = reader;
        return current == null ? 0 : current.getBuffer().cursor();
    }

    /** Moves the cursor to {@code index}. */
    public static void cursor(int index) {
        LineReader current = reader;
        if (current != null) {
            current.getBuffer().cursor(index);
        }
    }

    /** Clears the line. */
    public static void revert() {
        LineReader current = reader;
        if (current != null) {
            current.getBuffer().clear();
        }
    }

    /** Accepts the line as if Enter were pressed. */
    public static void accept() {
        LineReader current = reader;
        if (current != null) {
            current.callWidget(LineReader.ACCEPT_LINE);
        }
    }
}
