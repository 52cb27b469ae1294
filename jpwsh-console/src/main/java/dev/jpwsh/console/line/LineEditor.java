package dev.jpwsh.console.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Cursor;
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
    private static final Character MASK = '*';
    private static final String JLINE_LOGGER = "org.jline";
    /** PSReadLine's MaximumHistoryCount: how many commands Up and Ctrl+R reach. */
    private static final int MAXIMUM_HISTORY_COUNT = 4096;

    /** The terminal and its reader, made on a thread of their own while the session starts. */
    private record Parts(Terminal terminal, LineReader reader) {
    }

    private final CompletableFuture<Parts> parts;
    private final HistoryFile historyFile;
    private final ConsoleLineParser parser;
    /** Runs a key handler's script block with its chord; nothing until {@link #runKeyScriptsWith} says. */
    private volatile java.util.function.BiConsumer<Object, String> keyScripts = (block, chord) -> {
    };
    /** The key handler changes already bound. */
    private int keyChangesBound;
    /** Whether echo is off since Ctrl+C abandoned a line, until the next line is read (which turns it on again). */
    private boolean echoHeld;
    /** PSReadLine's description of one of its functions, for WhatIsKey; none until {@link #describeFunctionsWith}. */
    private volatile java.util.function.Function<String, String> functionDescriptions = function -> null;
    /** A command's full help as text formatted to a width, for F1; none until {@link #commandHelpFrom}. */
    private volatile java.util.function.BiFunction<String, Integer, String> commandHelp = (command, width) -> null;
    /** The lines Alt+h shows for a command's parameter; none until {@link #parameterHelpFrom}. */
    private volatile java.util.function.BiFunction<String, String, java.util.List<String>> parameterHelp =
            (command, parameter) -> java.util.List.of();
    /** What Ctrl+C does while no line is read; nothing until {@link #onInterrupt} says. */
    private volatile Runnable interruptAction = () -> {
    };

    /** Whether the line being typed is coloured by token kind (a terminal that shows colours, no NO_COLOR). */
    private final boolean color;
    private final ReadLineOptions options = ReadLineOptions.process();

    /** The lines of a console with no terminal (a program's streams), or null on a terminal. */
    private final PlainLines plain;

    private LineEditor(HistoryFile historyFile, TerminalBuilder terminal, boolean color) {
        this.historyFile = historyFile;
        this.color = color;
        this.parser = new ConsoleLineParser();
        this.plain = null;
        this.parts = CompletableFuture.supplyAsync(() -> build(terminal), runnable -> Thread.ofPlatform()
                .name("jpwsh line editor").daemon().start(runnable));
    }

    private LineEditor(PlainLines plain) {
        this.historyFile = null;
        this.color = false;
        this.parser = new ConsoleLineParser();
        this.plain = plain;
        this.parts = null;
    }

    /**
     * Opens the process's terminal (a dumb one, in silence, where it has none); {@code historyFile} may be null (no
     * history saved), colouring what is typed when {@code color}. The terminal is set up (and the history read) in
     * the background, so that it costs the session's start nothing: the first call that needs it waits for it.
     */
    public static LineEditor open(HistoryFile historyFile, boolean color) {
        Logger.getLogger(JLINE_LOGGER).setLevel(Level.OFF);
        ReadLineOptions.process().historySavePath(historyFile == null ? null : historyFile.path().toString());
        return new LineEditor(historyFile, TerminalBuilder.builder().system(true).dumb(true).name("jpwsh")
                .nativeSignals(true), color);
    }

    /**
     * Lines read from these streams, with no editing, history or terminal: the console of a program that runs jpwsh
     * on streams of its own.
     */
    public static LineEditor over(InputStream input, OutputStream output) {
        return new LineEditor(new PlainLines(input, output));
    }

    private Parts build(TerminalBuilder builder) {
        Terminal terminal;
        try {
            terminal = builder.build();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        terminal.handle(Terminal.Signal.INT, signal -> interruptAction.run());
        SessionCompleter completer = new SessionCompleter();
        PSReadLineReader reader = new PSReadLineReader(terminal, color ? options : null,
                keys -> KeyHandlers.whatIs(keys, options, terminal, functionDescriptions),
                command -> commandHelp.apply(command, Math.max(terminal.getWidth() - 1, 20)),
                (command, parameter) -> parameterHelp.apply(command, parameter));
        reader.setParser(parser);
        reader.setCompleter(completer);
        reader.setCompletionMatcher(completer);
        reader.setHistory(new DefaultHistory());
        reader.setHighlighter(color ? new TokenHighlighter(options) : new org.jline.reader.impl.DefaultHighlighter());
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT);
        reader.setVariable(LineReader.BLINK_MATCHING_PAREN, 0);
        reader.setVariable(LineReader.HISTORY_SIZE, MAXIMUM_HISTORY_COUNT);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.AUTO_LIST, false);
        reader.option(LineReader.Option.AUTO_MENU, true);
        reader.option(LineReader.Option.CASE_INSENSITIVE, true);
        reader.option(LineReader.Option.INSERT_TAB, false);
        KeyHandlers.bindEmacsAdditions(reader, terminal);
        TabKey.bind(reader, parser);
        reader.getWidgets().put(KeyHandlers.CANCEL_LINE, () -> {
            throw new UserInterruptException(reader.getBuffer().toString());
        });
        for (String keys : new String[] {LineReader.EMACS, LineReader.VIINS, LineReader.VICMD}) {
            reader.getKeyMaps().get(keys).bind(new org.jline.reader.Reference(KeyHandlers.CANCEL_LINE), KeyMap.ctrl('C'));
        }
        if (historyFile != null) {
            for (String command : historyFile.read()) {
                reader.getHistory().add(Instant.EPOCH, command);
            }
        }
        return new Parts(terminal, reader);
    }

    private Parts parts() {
        return parts.join();
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
        if (plain != null) {
            return plain.readCommand(prompt, CONTINUATION_PROMPT);
        }
        String line;
        try {
            LineReader reader = parts().reader();
            applyOptions(reader);
            EditBuffer.reading(reader);
            try {
                line = readWithCtrlCAsKey(reader, prompt, null);
            } finally {
                EditBuffer.reading(null);
            }
        } catch (UserInterruptException interrupted) {
            return "";
        } catch (EndOfFileException end) {
            return null;
        }
        String savePath = options.historySavePath();
        if (!line.isBlank() && savePath != null) {
            boolean moved = historyFile == null || !historyFile.path().toString().equals(savePath);
            (moved ? new HistoryFile(java.nio.file.Path.of(savePath)) : historyFile).append(line);
        }
        return line;
    }

    /**
     * Reads a line with Ctrl+C as a key, as PSReadLine reads one (the terminal sends no SIGINT meanwhile): the key
     * abandons the line in its turn among the keys typed, so that those typed right after it go to the next line. As a
     * signal it would stop the read only once the key after it had been taken from the terminal and lost. After an
     * abandoned line the terminal does not echo until the next read, so keys typed meanwhile are not shown twice.
     */
    private String readWithCtrlCAsKey(LineReader reader, String prompt, Character mask) {
        Terminal terminal = reader.getTerminal();
        Attributes signals = terminal.getAttributes();
        if (echoHeld) {
            signals.setLocalFlag(Attributes.LocalFlag.ECHO, true);
            echoHeld = false;
        }
        // the editor echoes what it reads; the terminal echoes nothing, not even once the reader has let go of it
        Attributes keys = new Attributes(signals);
        keys.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        keys.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        terminal.setAttributes(keys);
        try {
            String line = reader.readLine(prompt, mask);
            terminal.setAttributes(signals);
            return line;
        } catch (UserInterruptException abandoned) {
            // the keys typed before the next prompt is drawn wait for it unechoed, as they do in pwsh
            Attributes quiet = new Attributes(signals);
            quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
            terminal.setAttributes(quiet);
            echoHeld = true;
            throw abandoned;
        } catch (RuntimeException | Error failure) {
            terminal.setAttributes(signals);
            throw failure;
        }
    }

    /** Applies what Set-PSReadLineOption changed: keys, continuation prompt, history size and duplicates, bell. */
    private void applyOptions(LineReader reader) {
        String prompt = options.continuationPrompt();
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, color
                ? options.color("ContinuationPrompt") + prompt + "\u001b[0m" : prompt);
        reader.setVariable(LineReader.HISTORY_SIZE, options.maximumHistoryCount());
        reader.option(LineReader.Option.HISTORY_IGNORE_DUPS, options.historyNoDuplicates());
        reader.setVariable(LineReader.BELL_STYLE, switch (options.bellStyle()) {
            case None -> "none";
            case Visual -> "visible";
            case Audible -> "audible";
        });
        String keys = options.editMode() == ReadLineOptions.EditMode.Vi ? LineReader.VIINS : LineReader.EMACS;
        if (!keys.equals(reader.getKeyMap())) {
            reader.setKeyMap(keys);
            keyChangesBound = -1;
        }
        int keyChanges = options.keyChanges();
        if (keyChanges != keyChangesBound) {
            KeyHandlers.apply(options, reader, parts().terminal(), (block, chord) -> keyScripts.accept(block, chord));
            keyChangesBound = keyChanges;
        }
    }

    /** Where WhatIsKey finds the description of a PSReadLine function (null when it has none), from now on. */
    public void describeFunctionsWith(java.util.function.Function<String, String> descriptions) {
        functionDescriptions = descriptions;
    }

    /** Where F1 (ShowCommandHelp) gets a command's full help, as text of a width, from now on. */
    public void commandHelpFrom(java.util.function.BiFunction<String, Integer, String> help) {
        commandHelp = help;
    }

    /** Where Alt+h (ShowParameterHelp) gets the lines it shows for a command's parameter, from now on. */
    public void parameterHelpFrom(java.util.function.BiFunction<String, String, java.util.List<String>> help) {
        parameterHelp = help;
    }

    /** Where Ctrl+x,Ctrl+e (ViEditVisually) finds the editor's program (null for none), from now on. */
    public void visualEditorFrom(java.util.function.Supplier<String> editor) {
        if (plain == null) {
            ((PSReadLineReader) parts().reader()).visualEditorFrom(editor);
        }
    }

    /** Runs the script blocks of Set-PSReadLineKeyHandler with {@code scripts} from now on. */
    public void runKeyScriptsWith(java.util.function.BiConsumer<Object, String> scripts) {
        keyScripts = scripts;
    }

    /**
     * Reads a line of plain input for a running command (Read-Host, a prompt): no history, completion or continuation
     * lines, each character echoed as {@code *} when {@code mask}. Ctrl+C stops the command as it does while one runs
     * and gives null; so does the end of input where there is no terminal (on one, Ctrl+D gives an empty line).
     */
    public String readInput(String prompt, boolean mask) {
        if (plain != null) {
            return plain.readInput(prompt);
        }
        LineReader reader = parts().reader();
        parser.plainInput(true);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            return readWithCtrlCAsKey(reader, prompt, mask ? MASK : null);
        } catch (UserInterruptException interrupted) {
            interruptAction.run();
            return null;
        } catch (EndOfFileException end) {
            return "";
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
            parser.plainInput(false);
        }
    }

    /** What Ctrl+C does while no line is being read: stop the running command. */
    public void onInterrupt(Runnable action) {
        interruptAction = action;
    }

    /** {@return the cursor's column and row, from 0, as the terminal reports them}; null when it does not. */
    public int[] cursorPosition() {
        if (plain != null) {
            return null;
        }
        Terminal terminal = parts().terminal();
        Attributes previous = terminal.enterRawMode();
        try {
            Cursor cursor = terminal.getCursorPosition(discarded -> {
            });
            return cursor == null ? null : new int[] {cursor.getX(), cursor.getY()};
        } finally {
            terminal.setAttributes(previous);
        }
    }

    /** {@return whether a key was pressed and not read yet} */
    public boolean keyAvailable() {
        if (plain != null) {
            return false;
        }
        Terminal terminal = parts().terminal();
        Attributes previous = terminal.enterRawMode();
        try {
            return terminal.reader().peek(1) >= 0;
        } catch (IOException unreadable) {
            return false;
        } finally {
            terminal.setAttributes(previous);
        }
    }

    /** {@return the next key's character}, waiting for it; -1 at the end of input. */
    public int readKey() {
        if (plain != null) {
            return plain.read();
        }
        Terminal terminal = parts().terminal();
        Attributes previous = terminal.enterRawMode();
        try {
            return terminal.reader().read();
        } catch (IOException unreadable) {
            return -1;
        } finally {
            terminal.setAttributes(previous);
        }
    }

    /** The terminal's width in columns, 0 when unknown. */
    public int columns() {
        return plain != null ? 0 : parts().terminal().getWidth();
    }

    /** The terminal's height in rows, 0 when unknown. */
    public int rows() {
        return plain != null ? 0 : parts().terminal().getHeight();
    }

    @Override
    public void close() {
        if (plain != null) {
            return;
        }
        try {
            parts().terminal().close();
        } catch (IOException ignored) {
            // closing the terminal only restores its settings; the process is ending
        }
    }
}
