package dev.jpwsh.console;

import dev.jpwsh.console.errorview.ConciseErrorView;
import dev.jpwsh.console.errorview.ErrorStyle;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * The console as the engine's host ({@code $Host}): output, warnings, verbose and debug text on standard
 * output, errors on standard error in the concise view, colours only on a terminal. Writes are serialised, so
 * lines from several runspaces never interleave.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Internal.Host.InternalHost")
final class ConsoleHost implements Host, HostUserInterface {
    private static final String RESET = "\u001b[0m";

    private final ConsoleOutput output;
    private final ConciseErrorView errorView;
    private final ConciseErrorView plainErrorView;
    private final boolean color;
    private final int outputColumns;
    /** The console's runspace ({@code $Host.Runspace}); set once, before the script runs, by the console. */
    private volatile Runspace runspace;

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
        return new dev.jpwsh.format.OutDefault(text -> session.context().host().ui().writeLine(text), this::errorView,
                outputColumns,
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

    @Override
    public synchronized void write(String text) {
        output.write(text);
    }

    @Override
    public synchronized void write(Color foreground, Color background, String text) {
        if (!color || foreground == null && background == null) {
            output.write(text);
            return;
        }
        String start = (foreground == null ? "" : sgr(foreground, false)) + (background == null ? ""
                : sgr(background, true));
        boolean newline = text.endsWith("\n");
        String body = newline ? text.substring(0, text.length() - 1) : text;
        output.write(start + body + RESET + (newline ? "\n" : ""));
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
        output.write(text + "\n");
    }

    @Override
    public synchronized void writeErrorLine(String text) {
        output.writeErrorLine(text);
    }

    @Override
    public synchronized boolean lendProcessStreams() {
        output.flush();
        return output.processStreams();
    }

    @Override
    public synchronized void writeError(ErrorRecord record) {
        output.writeError(errorView.render(record));
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
        output.write(prefixed("WARNING: ", text, Color.Yellow));
    }

    @Override
    public synchronized void writeVerboseLine(String text) {
        output.write(prefixed("VERBOSE: ", text, Color.Yellow));
    }

    @Override
    public synchronized void writeDebugLine(String text) {
        output.write(prefixed("DEBUG: ", text, Color.Yellow));
    }

    private String prefixed(String prefix, String text, Color c) {
        return color ? sgr(c, false) + prefix + text + RESET + "\n" : prefix + text + "\n";
    }
}
