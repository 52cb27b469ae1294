package dev.jpwsh.console.rawui;

import dev.jpwsh.console.line.LineEditor;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * {@code $Host.UI.RawUI} on a terminal: the window is the terminal's (the buffer, as on Linux, is the window), the
 * cursor is asked of the terminal and moved with escape sequences, the title is set with the terminal's title
 * sequence. The colours are -1 (the terminal's own) until a script sets them, as .NET reports on Linux. Outside an
 * interactive session there is no terminal to ask: the window is as wide as the console's output, 0 rows high, the
 * cursor at 0,0, and no key is ever available.
 */
@DotNetName("System.Management.Automation.Internal.Host.InternalHostRawUserInterface")
public final class ConsoleRawUI {
    private static final int UNKNOWN_COLOR = -1;

    private final LineEditor editor;
    private final IntSupplier outputWidth;
    private final Consumer<String> terminalOutput;
    private volatile Object foregroundColor = UNKNOWN_COLOR;
    private volatile Object backgroundColor = UNKNOWN_COLOR;
    private volatile String windowTitle = "";

    /**
     * The raw user interface of {@code editor}'s terminal (null outside an interactive session), writing its escape
     * sequences through {@code terminalOutput}; {@code outputWidth} is the window's width without a terminal.
     */
    public ConsoleRawUI(LineEditor editor, IntSupplier outputWidth, Consumer<String> terminalOutput) {
        this.editor = editor;
        this.outputWidth = outputWidth;
        this.terminalOutput = terminalOutput;
    }

    public Size getWindowSize() {
        return editor == null ? new Size(outputWidth.getAsInt(), 0) : new Size(editor.columns(), editor.rows());
    }

    /** Setting the window's size is not something a Linux terminal lets a program do; the value is ignored. */
    public void setWindowSize(Size ignored) {
        // pwsh's console on Linux cannot resize the terminal either
    }

    public Size getBufferSize() {
        return getWindowSize();
    }

    public void setBufferSize(Size ignored) {
        // the buffer is the window on Linux
    }

    public Size getMaxWindowSize() {
        return getWindowSize();
    }

    public Size getMaxPhysicalWindowSize() {
        return getWindowSize();
    }

    public Coordinates getWindowPosition() {
        return new Coordinates(0, 0);
    }

    public Coordinates getCursorPosition() {
        int[] position = editor == null ? null : editor.cursorPosition();
        return position == null ? new Coordinates(0, 0) : new Coordinates(position[0], position[1]);
    }

    public void setCursorPosition(Coordinates position) {
        terminalOutput.accept("\u001b[" + (position.getY() + 1) + ";" + (position.getX() + 1) + "H");
    }

    public Object getForegroundColor() {
        return foregroundColor;
    }

    public void setForegroundColor(HostUserInterface.Color color) {
        foregroundColor = color;
    }

    public Object getBackgroundColor() {
        return backgroundColor;
    }

    public void setBackgroundColor(HostUserInterface.Color color) {
        backgroundColor = color;
    }

    public String getWindowTitle() {
        return windowTitle;
    }

    public void setWindowTitle(String title) {
        windowTitle = title == null ? "" : title;
        if (editor != null) {
            terminalOutput.accept("\u001b]0;" + windowTitle + "\u0007");
        }
    }

    public boolean getKeyAvailable() {
        return editor != null && editor.keyAvailable();
    }

    /** ReadKey(): the next key, echoed; it waits for one. */
    public KeyInfo ReadKey() {
        return ReadKey("IncludeKeyDown");
    }

    /** ReadKey(options): the next key, echoed unless the options (ReadKeyOptions names) include NoEcho. */
    public KeyInfo ReadKey(String options) {
        if (editor == null) {
            throw new IllegalStateException("There is no terminal to read a key from.");
        }
        KeyInfo key = new KeyInfo((char) editor.readKey());
        boolean echo = options == null || !options.toLowerCase(Locale.ROOT).contains("noecho");
        if (echo && !Character.isISOControl(key.getCharacter())) {
            terminalOutput.accept(String.valueOf(key.getCharacter()));
        }
        return key;
    }

    public void FlushInputBuffer() {
        if (editor != null) {
            while (editor.keyAvailable()) {
                editor.readKey();
            }
        }
    }
}
