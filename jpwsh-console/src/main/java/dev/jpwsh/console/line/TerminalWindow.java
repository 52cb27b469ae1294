package dev.jpwsh.console.line;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The size of the process's terminal window outside an interactive session (for the progress display of a script run
 * on a terminal), asked of the terminal once, on first use, without touching its signals or modes; 0 by 0 when there
 * is none.
 */
public final class TerminalWindow {
    private static volatile int[] size;

    private TerminalWindow() {
    }

    public static int columns() {
        return size()[0];
    }

    public static int rows() {
        return size()[1];
    }

    private static int[] size() {
        int[] known = size;
        if (known == null) {
            Logger.getLogger("org.jline").setLevel(Level.OFF);
            try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).nativeSignals(false).build()) {
                known = new int[] {terminal.getWidth(), terminal.getHeight()};
            } catch (IOException | RuntimeException noTerminal) {
                known = new int[] {0, 0};
            }
            size = known;
        }
        return known;
    }
}
