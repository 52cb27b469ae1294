package dev.jpwsh.commands.process;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [Console]::Out} and {@code [Console]::Error}: text written goes, as it is and at once (.NET's console
 * writers flush themselves), to the host of the calling thread's session, on its output or its error stream, not
 * through the pipeline. Immutable.
 */
@DotNetName("System.IO.TextWriter")
public final class ConsoleTextWriter {
    static final ConsoleTextWriter OUT = new ConsoleTextWriter(false);
    static final ConsoleTextWriter ERROR = new ConsoleTextWriter(true);

    private final boolean error;

    private ConsoleTextWriter(boolean error) {
        this.error = error;
    }

    /** {@return the line ending WriteLine adds} */
    public String getNewLine() {
        return System.lineSeparator();
    }

    public void Write(Object value) {
        write(LanguagePrimitives.toString(value));
    }

    public void WriteLine() {
        write(System.lineSeparator());
    }

    public void WriteLine(Object value) {
        write(LanguagePrimitives.toString(value) + System.lineSeparator());
    }

    /** Nothing to do: what was written has gone to the host. */
    public void Flush() {
    }

    private void write(String text) {
        ExecutionContext session = ExecutionContext.onThisThread();
        if (session == null || text.isEmpty()) {
            return;
        }
        HostUserInterface ui = session.host().ui();
        if (error) {
            ui.writeErrorText(text);
        } else {
            ui.write(text);
        }
    }

    @Override
    public String toString() {
        return "System.IO.TextWriter";
    }
}
