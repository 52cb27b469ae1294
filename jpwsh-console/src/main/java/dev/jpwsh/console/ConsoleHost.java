package dev.jpwsh.console;

import dev.jpwsh.console.errorview.ConciseErrorView;
import dev.jpwsh.console.errorview.ErrorStyle;
import dev.jpwsh.console.line.LineEditor;
import dev.jpwsh.console.progress.ProgressDisplay;
import dev.jpwsh.console.rawui.ConsoleRawUI;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.function.IntSupplier;

/**
 * The console as the engine's host ({@code $Host}): output, warnings, verbose and debug text on standard
 * output, errors on standard error in the concise view, colours only on a terminal. Writes are serialised, so
 * lines from several runspaces never interleave.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Internal.Host.InternalHost")
final class ConsoleHost implements Host, HostUserInterface {
    private static final String RESET = "\u001b[0m";
    private static final String STOPPED = "PipelineStopped";
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;
    private static final java.util.regex.Pattern ESCAPE_SEQUENCE = java.util.regex.Pattern.compile(
            "\u001b\\[[0-9;?]*[A-Za-z]");

    private final ConsoleOutput output;
    private final ConciseErrorView errorView;
    private final ConciseErrorView plainErrorView;
    private final boolean color;
    private final int outputColumns;
    /** The console's runspace ({@code $Host.Runspace}); set once, before the script runs, by the console. */
    private volatile Runspace runspace;
    /** Write-Progress's display; null unless the console has a window to draw it in. */
    private ProgressDisplay progress;
    private IntSupplier windowWidth;
    /** The interactive session's line editor, for Read-Host; null outside one. */
    private LineEditor editor;
    /** {@code $Host.UI.RawUI}, made on first use (after the session became interactive, if it does). */
    private ConsoleRawUI rawUI;
    private IntSupplier windowHeight;
    /** When the progress display was last drawn, to redraw it at most every {@value #PROGRESS_INTERVAL_NANOS} ns. */
    private long progressDrawn;
    /** The column the cursor is in after what the host wrote, to start the progress display on a line of its own. */
    private int column;

    ConsoleHost(ConsoleOutput output) {
        this.output = output;
        Terminal terminal = output.terminal();
        this.color = terminal.supportsColor();
        this.errorView = new ConciseErrorView(color ? ErrorStyle.ANSI : ErrorStyle.PLAIN, terminal.columns());
        this.plainErrorView = new ConciseErrorView(ErrorStyle.PLAIN, terminal.columns());
        this.outputColumns = terminal.output() && terminal.columns() > 0 ? terminal.columns() - 1
                : dev.jpwsh.format.render.LineRenderer.DEFAULT_CONSOLE_WIDTH;
    }

    /**
     * The formatting of what {@code session}'s scripts output: in the terminal's width less one (pwsh's 120 without
     * one), coloured on a terminal, written through the session's current host (a transcript's while one records).
     */
    dev.jpwsh.format.OutDefault outDefault(Runspace session) {
        if (session.context().findService(dev.jpwsh.format.view.ErrorRecordView.class) == null) {
            session.context().installService(dev.jpwsh.format.view.ErrorRecordView.class, plainErrorView::render);
        }
        int columns = editor != null && windowWidth.getAsInt() > 1 ? windowWidth.getAsInt() - 1 : outputColumns;
        return new dev.jpwsh.format.OutDefault(text -> session.context().host().ui().writeLine(text), this::errorView,
                columns,
                () -> dev.jpwsh.format.render.Style.current(color),
                new dev.jpwsh.format.view.SessionEvaluator(session.context()));
    }

    @Override
    public String name() {
        return "ConsoleHost";
    }

    @Override
    public HostUserInterface ui() {
        return this;
    }

    /** {@code $Host.UI.RawUI}: the terminal's window, cursor, title and keys. */
    public synchronized ConsoleRawUI getRawUI() {
        if (rawUI == null) {
            rawUI = new ConsoleRawUI(editor, () -> outputColumns + 1, this::writeToTerminal);
        }
        return rawUI;
    }

    private synchronized void writeToTerminal(String escapes) {
        output.write(escapes);
        output.flush();
    }

    /** {@code $Host.UI}: the host itself is its user interface. */
    public HostUserInterface getUI() {
        return this;
    }

    public String getName() {
        return name();
    }

    /** {@code $Host.Runspace}: the console's runspace, from whichever runspace shares this host. */
    public Runspace getRunspace() {
        return runspace;
    }

    void attach(Runspace consoleRunspace) {
        runspace = consoleRunspace;
    }

    /**
     * Makes this the host of an interactive console from now on: Write-Progress is drawn under the output, in the
     * editor's terminal window, Read-Host reads with the editor, and a command stopped by Ctrl+C ends in silence, as
     * at pwsh's prompt.
     */
    synchronized void makeInteractive(LineEditor lineEditor) {
        drawProgress(lineEditor::columns, lineEditor::rows);
        editor = lineEditor;
        rawUI = null;
    }

    /** Draws Write-Progress under the output from now on, in a window of the size the suppliers give. */
    synchronized void drawProgress(IntSupplier width, IntSupplier height) {
        progress = new ProgressDisplay();
        windowWidth = width;
        windowHeight = height;
    }

    /** Read-Host's line, read with the line editor; null (cannot ask) outside an interactive session. */
    @Override
    public String readLine(String prompt, boolean mask) {
        LineEditor lineEditor;
        synchronized (this) {
            lineEditor = editor;
            if (lineEditor == null) {
                return null;
            }
            output.write(progress.hide());
            output.flush();
            column = 0;
        }
        return lineEditor.readInput(prompt, mask);
    }

    @Override
    public synchronized void writeProgress(ProgressRecord record) {
        if (progress == null) {
            return;
        }
        long now = System.nanoTime();
        boolean redraw = !progress.isShowing() || now - progressDrawn >= PROGRESS_INTERVAL_NANOS
                || record.getRecordType() == ProgressRecord.RecordType.Completed;
        progress.update(record);
        if (redraw) {
            output.write(progress.hide() + progress.show(column, windowWidth.getAsInt(), windowHeight.getAsInt()));
            output.flush();
            progressDrawn = now;
        }
    }

    /** Erases the progress display and forgets its activities: the pipeline that reported them has ended. */
    synchronized void endProgress() {
        if (progress != null) {
            output.write(progress.hide());
            progress.clear();
            output.flush();
        }
    }

    /** Writes {@code text} to standard output (or, when {@code error}, standard error) above the progress display. */
    private void emit(String text, boolean error) {
        boolean redraw = progress != null && progress.isShowing();
        if (redraw) {
            output.write(progress.hide());
            output.flush();
        }
        if (error) {
            output.writeError(text);
        } else {
            output.write(text);
        }
        trackColumn(text);
        if (redraw) {
            output.flush();
            output.write(progress.show(column, windowWidth.getAsInt(), windowHeight.getAsInt()));
            output.flush();
        }
    }

    private void trackColumn(String text) {
        String visible = ESCAPE_SEQUENCE.matcher(text).replaceAll("");
        int newline = visible.lastIndexOf('\n');
        column = newline < 0 ? column + visible.length() : visible.length() - newline - 1;
    }

    @Override
    public synchronized void write(String text) {
        emit(text, false);
    }

    @Override
    public synchronized void write(Color foreground, Color background, String text) {
        if (!color || foreground == null && background == null) {
            emit(text, false);
            return;
        }
        String start = (foreground == null ? "" : sgr(foreground, false)) + (background == null ? ""
                : sgr(background, true));
        boolean newline = text.endsWith("\n");
        String body = newline ? text.substring(0, text.length() - 1) : text;
        emit(start + body + RESET + (newline ? "\n" : ""), false);
    }

    /** The ANSI colour code pwsh uses for a console colour. */
    private static String sgr(Color c, boolean background) {
        int base = switch (c) {
            case Black -> 30;
            case DarkRed -> 31;
            case DarkGreen -> 32;
            case DarkYellow -> 33;
            case DarkBlue -> 34;
            case DarkMagenta -> 35;
            case DarkCyan -> 36;
            case Gray -> 37;
            case DarkGray -> 90;
            case Red -> 91;
            case Green -> 92;
            case Yellow -> 93;
            case Blue -> 94;
            case Magenta -> 95;
            case Cyan -> 96;
            case White -> 97;
        };
        return "\u001b[" + (background ? base + 10 : base) + "m";
    }

    @Override
    public synchronized void writeLine(String text) {
        emit(text + "\n", false);
    }

    @Override
    public synchronized void writeErrorLine(String text) {
        emit(text + System.lineSeparator(), true);
    }

    @Override
    public synchronized boolean lendProcessStreams() {
        output.flush();
        return output.processStreams();
    }

    @Override
    public synchronized void writeError(ErrorRecord record) {
        if (editor != null && STOPPED.equals(record.fullyQualifiedErrorId())) {
            return;
        }
        emit(errorView.render(record), true);
    }

    /** Parse errors of a command typed at the prompt, in the concise view. */
    synchronized void writeParseErrors(java.util.List<dev.jpwsh.language.parse.ParseError> errors) {
        emit(errorView.render(errors), true);
    }

    @Override
    public String errorText(ErrorRecord record) {
        return plainErrorView.render(record);
    }

    /** An error record as the concise view shows it, for one merged into the output ({@code 2>&1}). */
    String errorView(ErrorRecord record) {
        return errorView.render(record);
    }

    @Override
    public synchronized void writeWarningLine(String text) {
        emit(prefixed("WARNING: ", text, Color.Yellow), false);
    }

    @Override
    public synchronized void writeVerboseLine(String text) {
        emit(prefixed("VERBOSE: ", text, Color.Yellow), false);
    }

    @Override
    public synchronized void writeDebugLine(String text) {
        emit(prefixed("DEBUG: ", text, Color.Yellow), false);
    }

    private String prefixed(String prefix, String text, Color c) {
        return color ? sgr(c, false) + prefix + text + RESET + "\n" : prefix + text + "\n";
    }
}
