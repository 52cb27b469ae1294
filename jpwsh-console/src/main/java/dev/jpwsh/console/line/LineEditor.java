package dev.jpwsh.console.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Reads the commands typed at the console's prompt, with PSReadLine's Emacs-mode editing: history (Up/Down, Ctrl+R)
 * loaded from and saved to PSReadLine's file, {@code >> } under an incomplete first line, Tab completion from the
 * session. Ctrl+C while a line is being typed abandons it; while a command runs it calls the action given to
 * {@link #onInterrupt}, never ending the process.
 */
public final class LineEditor implements AutoCloseable {
    private static final String CONTINUATION_PROMPT = ">> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final HistoryFile historyFile;
    private final ConsoleLineParser parser;

    private LineEditor(Terminal terminal, LineReader reader, HistoryFile historyFile, ConsoleLineParser parser) {
        this.terminal = terminal;
        this.reader = reader;
        this.historyFile = historyFile;
        this.parser = parser;
    }

    /** Opens the process's terminal; {@code historyFile} may be null (no history saved). */
    public static LineEditor open(HistoryFile historyFile) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).name("jpwsh").nativeSignals(true).build();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        SessionCompleter completer = new SessionCompleter();
        ConsoleLineParser parser = new ConsoleLineParser();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("jpwsh")
                .parser(parser).completer(completer).completionMatcher(completer)
                .history(new DefaultHistory())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .variable(LineReader.BLINK_MATCHING_PAREN, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_LIST, false)
                .option(LineReader.Option.AUTO_MENU, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
        TabKey.bind(reader, parser);
        if (historyFile != null) {
            for (String command : historyFile.read()) {
                reader.getHistory().add(Instant.EPOCH, command);
            }
        }
        return new LineEditor(terminal, reader, historyFile, parser);
    }

    /** Where Tab's matches come from from now on; until this is called there are none. */
    public void completeWith(CompletionSource completions) {
        parser.completeWith(completions);
    }

    /**
     * Reads one command after {@code prompt}: null when input ended (Ctrl+D on an empty line), an empty string when
     * Ctrl+C abandoned the line. A command that is not blank is added to the history.
     */
    public String readLine(String prompt) {
        String line;
        try {
            line = reader.readLine(prompt);
        } catch (UserInterruptException interrupted) {
            return "";
        } catch (EndOfFileException end) {
            return null;
        }
        if (historyFile != null && !line.isBlank()) {
            historyFile.append(line);
        }
        return line;
    }

    /** What Ctrl+C does while no line is being read: stop the running command. */
    public void onInterrupt(Runnable action) {
        terminal.handle(Terminal.Signal.INT, signal -> action.run());
    }

    /** The terminal's width in columns, 0 when unknown. */
    public int columns() {
        return terminal.getWidth();
    }

    /** The terminal's height in rows, 0 when unknown. */
    public int rows() {
        return terminal.getHeight();
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // closing the terminal only restores its settings; the process is ending
        }
    }
}
