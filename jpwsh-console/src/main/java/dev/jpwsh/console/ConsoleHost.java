package dev.jpwsh.console;

import dev.jpwsh.console.errorview.ConciseErrorView;
import dev.jpwsh.console.errorview.ErrorStyle;
import dev.jpwsh.console.line.LineEditor;
import dev.jpwsh.console.progress.ProgressDisplay;
import dev.jpwsh.console.rawui.ConsoleRawUI;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.runspaces.InteractiveSessionHost;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.function.IntSupplier;

/**
 * The console as the engine's host ({@code $Host}): output, warnings, verbose and debug text on standard
 * output, errors on standard error in the concise view, colours only on a terminal. Writes are serialised, so
 * lines from several runspaces never interleave.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Internal.Host.InternalHost")
final class ConsoleHost implements Host, HostUserInterface, InteractiveSessionHost {
    private static final String RESET = "\u001b[0m";
    private static final String STOPPED = "PipelineStopped";
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;
    private static final int PARTIAL_LINE_LIMIT = 4096;
    private static final String ERASE_LINE = "\r\u001b[K";
    private static final java.util.regex.Pattern ESCAPE_SEQUENCE = java.util.regex.Pattern.compile(
            "\u001b\\[[0-9;?]*[A-Za-z]");

    private final ConsoleOutput output;
    private final ConciseErrorView errorView;
    private final ConciseErrorView plainErrorView;
    private final boolean color;
    private final int outputColumns;
    /** The console's runspace ({@code $Host.Runspace}); set once, before the script runs, by the console. */
    private volatile Runspace runspace;
    /** The runspace Enter-PSSession or Enter-PSHostProcess pushed, whose commands the prompt runs; or null. */
    private volatile Runspace pushed;
    /** Whether {@link #pushed} is closed when it is popped. */
    private volatile boolean closePushedOnPop;
    /** Write-Progress's display; null unless the console has a window to draw it in. */
    private ProgressDisplay progress;
    private IntSupplier windowWidth;
    /** The interactive session's line editor, for Read-Host; null outside one. */
    private LineEditor editor;
    /**
     * What {@code $Host.EnterNestedPrompt()} runs: the interactive session's nested loop, given the frame whose scope
     * its commands run in (null for the global scope); null outside an interactive session.
     */
    private volatile java.util.function.Consumer<dev.jpwsh.engine.exec.Frame> nestedPrompt;
    /** How many nested prompts are open. */
    private final java.util.concurrent.atomic.AtomicInteger nestingDepth = new java.util.concurrent.atomic.AtomicInteger();
    /** Set by {@code $Host.ExitNestedPrompt()}: the innermost nested prompt ends after the command that set it. */
    private volatile boolean leavingNested;
    /** Outside an interactive session, the redirected standard input prompts read their answers from; or null. */
    private LineEditor redirectedInput;
    /** What was written since the last line break (at most {@value #PARTIAL_LINE_LIMIT} characters), for a prompt. */
    private final StringBuilder partialLine = new StringBuilder();
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

    /** {@code $Host.Runspace}: the pushed runspace while there is one, else the console's. */
    @Override
    public Runspace getRunspace() {
        Runspace remote = pushed;
        return remote != null ? remote : runspace;
    }

    /** Pushes a runspace for the interactive session's prompt; outside one there is no prompt to run it. */
    @Override
    public synchronized void pushRunspace(Runspace remote, boolean closeOnPop) {
        if (editor == null) {
            throw new IllegalStateException("The host does not support Enter-PSSession and Exit-PSSession.");
        }
        if (pushed != null) {
            throw new IllegalStateException("A runspace is already pushed.");
        }
        pushed = remote;
        closePushedOnPop = closeOnPop;
    }

    @Override
    public void popRunspace() {
        Runspace remote;
        boolean close;
        synchronized (this) {
            remote = pushed;
            close = closePushedOnPop;
            pushed = null;
        }
        if (remote != null && close) {
            remote.dispose();
        }
    }

    @Override
    public boolean getIsRunspacePushed() {
        return pushed != null;
    }

    /** The pushed runspace, or null. */
    Runspace pushedRunspace() {
        return pushed;
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

    /** Runs {@code loop} for {@code $Host.EnterNestedPrompt()} from now on. */
    void nestPromptsIn(java.util.function.Consumer<dev.jpwsh.engine.exec.Frame> loop) {
        nestedPrompt = loop;
    }

    /**
     * {@code $Host.EnterNestedPrompt()}: a nested prompt of the interactive session, running its commands in
     * {@code caller}'s scope, which returns when it is left; outside an interactive session there is none, as in
     * pwsh's NonInteractive console.
     */
    @Override
    @dev.jpwsh.runtime.object.NonPublic
    public void enterNestedPrompt(dev.jpwsh.engine.exec.Frame caller) {
        java.util.function.Consumer<dev.jpwsh.engine.exec.Frame> loop = nestedPrompt;
        if (loop == null) {
            throw promptRefused();
        }
        nestingDepth.incrementAndGet();
        try {
            loop.accept(caller);
        } finally {
            nestingDepth.decrementAndGet();
        }
    }

    /** {@code $Host.ExitNestedPrompt()}: leaves the innermost nested prompt once the current command ends, if any. */
    public void exitNestedPrompt() {
        leavingNested = nestingDepth.get() > 0;
    }

    boolean leavingNestedPrompt() {
        return leavingNested;
    }

    void leftNestedPrompt() {
        leavingNested = false;
    }

    /** Answers prompts from {@code input} (redirected standard input, read line by line and echoed as pwsh does). */
    synchronized void answerFrom(LineEditor input) {
        redirectedInput = input;
    }

    /**
     * A line read for Read-Host or a prompt: with the line editor, which is given what was already written on the
     * cursor's line as part of the prompt (so that it redraws it), or from redirected standard input, the answer then
     * echoed. Null (cannot ask) outside an interactive session without redirected input, and at the end of that
     * input; Ctrl+C stops the pipeline.
     */
    @Override
    public String readLine(String prompt, boolean mask) {
        LineEditor reader;
        String before;
        synchronized (this) {
            reader = editor != null ? editor : redirectedInput;
            if (reader == null) {
                return null;
            }
            if (progress != null) {
                output.write(progress.hide());
            }
            before = editor == null ? "" : partialLine.toString();
            if (!before.isEmpty()) {
                output.write(ERASE_LINE);
            }
            partialLine.setLength(0);
            output.flush();
            column = 0;
        }
        String answer = reader.readInput(before + prompt, mask);
        if (answer == null && editor != null) {
            throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
        }
        if (answer != null && editor == null) {
            synchronized (this) {
                output.write((mask ? "" : answer) + System.lineSeparator());
                output.flush();
            }
        }
        return answer;
    }

    @Override
    public synchronized boolean canRead() {
        return editor != null || redirectedInput != null;
    }

    @Override
    public String colored(Color foreground, String text) {
        return color && foreground != null && !text.isEmpty() ? sgr(foreground, false) + text + RESET : text;
    }

    @Override
    public int windowWidth() {
        return editor != null ? windowWidth.getAsInt() : output.terminal().output() ? outputColumns + 1 : 0;
    }

    /** pwsh's console in NonInteractive mode (or with nothing to read answers from): InvalidOperation. */
    @Override
    public RuntimeException promptRefused() {
        return (RuntimeException) dev.jpwsh.engine.exec.HostPrompts.cannotPrompt(runspace.context()).record()
                .getException();
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
        int rawNewline = text.lastIndexOf('\n');
        if (rawNewline >= 0) {
            partialLine.setLength(0);
        }
        partialLine.append(text, rawNewline + 1, text.length());
        if (partialLine.length() > PARTIAL_LINE_LIMIT) {
            partialLine.setLength(0);
        }
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
        return "\u001b[" + (background ? c.ansiForeground() + 10 : c.ansiForeground()) + "m";
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
    public synchronized void writeErrorText(String text) {
        emit(text, true);
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
