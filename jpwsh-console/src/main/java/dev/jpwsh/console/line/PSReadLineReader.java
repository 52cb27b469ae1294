package dev.jpwsh.console.line;

import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's reader with the PSReadLine functions JLine lacks: UnixWordRubout, Abort (outside a search), YankLastArg and
 * YankNthArg (the arguments of history lines, as jpwsh's tokenizer splits them), the Shift+arrow selection (typed text
 * and Backspace/Delete replace it, Ctrl+C copies it instead of cancelling the line, any other key ends it), WhatIsKey,
 * ShowCommandHelp (F1), ShowParameterHelp (Alt+h), AddLine, ViEditVisually and the history's inline predictions. Runs
 * on the thread that reads the line, as JLine's widgets do.
 */
final class PSReadLineReader extends LineReaderImpl {
    static final String UNIX_WORD_RUBOUT = "jpwsh-unix-word-rubout";
    static final String ABORT = "jpwsh-abort";
    static final String YANK_LAST_ARG = "jpwsh-yank-last-arg";
    static final String YANK_NTH_ARG = "jpwsh-yank-nth-arg";
    static final String SELECT_BACKWARD_CHAR = "jpwsh-select-backward-char";
    static final String SELECT_FORWARD_CHAR = "jpwsh-select-forward-char";
    static final String SELECT_BACKWARDS_LINE = "jpwsh-select-backwards-line";
    static final String SELECT_LINE = "jpwsh-select-line";
    static final String SELECT_BACKWARD_WORD = "jpwsh-select-backward-word";
    static final String SELECT_FORWARD_WORD = "jpwsh-select-forward-word";
    static final String ADD_LINE = "jpwsh-add-line";
    static final String EDIT_VISUALLY = "jpwsh-edit-visually";
    static final String WHAT_IS_KEY = "jpwsh-what-is-key";
    static final String SHOW_COMMAND_HELP = "jpwsh-show-command-help";
    static final String SHOW_PARAMETER_HELP = "jpwsh-show-parameter-help";
    private static final Set<String> SELECTING = Set.of(SELECT_BACKWARD_CHAR, SELECT_FORWARD_CHAR,
            SELECT_BACKWARDS_LINE, SELECT_LINE, SELECT_BACKWARD_WORD, SELECT_FORWARD_WORD);
    /** The widgets whose kills, one after another, go into one kill ring entry. */
    private static final Set<String> KILLING = Set.of(KILL_LINE, KILL_WHOLE_LINE, BACKWARD_KILL_WORD, KILL_WORD,
            UNIX_WORD_RUBOUT);
    private static final Set<String> INSERTING = Set.of(SELF_INSERT, INSERT_CLOSE_PAREN, INSERT_CLOSE_SQUARE,
            INSERT_CLOSE_CURLY, YANK, YANK_LAST_ARG, YANK_NTH_ARG, ADD_LINE);

    /** What WhatIsKey says a key sequence does. */
    private final Function<String, String> whatIsKey;
    /** A command's full help as text, null or blank when there is none. */
    private final Function<String, String> fullHelp;
    /** The lines shown for a command's parameter, none when there is no help for it. */
    private final java.util.function.BiFunction<String, String, List<String>> parameterHelp;
    /** The program $env:VISUAL or $env:EDITOR names, null when there is none. */
    private volatile java.util.function.Supplier<String> visualEditor = () -> null;
    /** The text the last Ctrl+C with a selection copied (PSReadLine's own clipboard, with no system one). */
    private volatile String copied = "";
    /** Where the selection began, or -1 when nothing is selected. */
    private int selectionMark = -1;
    /** The name of the widget run before the current one. */
    private String previousWidget;
    /** YankLastArg's state while it is pressed again and again: the history line, where its text began. */
    private int yankHistoryIndex;
    private int yankStart;

    /** The options, for the predictions and their colour; null where the line is not coloured (no predictions). */
    private final ReadLineOptions predictions;

    PSReadLineReader(Terminal terminal, ReadLineOptions predictions, Function<String, String> whatIsKey,
            Function<String, String> fullHelp,
            java.util.function.BiFunction<String, String, List<String>> parameterHelp) {
        super(terminal, "jpwsh", null);
        this.predictions = predictions;
        this.whatIsKey = whatIsKey;
        this.fullHelp = fullHelp;
        this.parameterHelp = parameterHelp;
        Map<String, Widget> w = getWidgets();
        w.put(UNIX_WORD_RUBOUT, this::unixWordRubout);
        w.put(ABORT, () -> true);
        w.put(YANK_LAST_ARG, this::yankLastArg);
        w.put(YANK_NTH_ARG, this::yankNthArg);
        w.put(SELECT_BACKWARD_CHAR, () -> select(buf.cursor() - count));
        w.put(SELECT_FORWARD_CHAR, () -> select(buf.cursor() + count));
        w.put(SELECT_BACKWARDS_LINE, () -> select(0));
        w.put(SELECT_LINE, () -> select(buf.length()));
        w.put(SELECT_BACKWARD_WORD, () -> selectBy(BACKWARD_WORD));
        w.put(SELECT_FORWARD_WORD, () -> selectBy(FORWARD_WORD));
        w.put(ADD_LINE, () -> {
            buf.write("\n");
            return true;
        });
        w.put(WHAT_IS_KEY, this::whatIsKey);
        w.put(SHOW_COMMAND_HELP, this::showCommandHelp);
        w.put(SHOW_PARAMETER_HELP, this::showParameterHelp);
        w.put(EDIT_VISUALLY, this::editVisually);
    }

    /** {@return the text Ctrl+C last copied from a selection} */
    String copied() {
        return copied;
    }

    /**
     * The line as JLine shows it, followed, as PSReadLine's inline view shows it, by the rest of the latest history
     * line that begins with it (in any case) in the InlinePrediction colour; what JLine shows under the line stays
     * under it.
     */
    @Override
    public org.jline.utils.AttributedString getDisplayedBufferWithPrompts(
            List<org.jline.utils.AttributedString> secondaryPrompts) {
        String prediction = doAutosuggestion ? prediction() : "";
        if (prediction.isEmpty()) {
            return super.getDisplayedBufferWithPrompts(secondaryPrompts);
        }
        java.util.function.Supplier<org.jline.utils.AttributedString> below = post;
        post = null;
        try {
            org.jline.utils.AttributedStringBuilder shown = new org.jline.utils.AttributedStringBuilder()
                    .append(super.getDisplayedBufferWithPrompts(secondaryPrompts))
                    .append(org.jline.utils.AttributedString.fromAnsi(predictions.color("InlinePrediction")
                            + prediction + "\u001b[0m"));
            if (below != null) {
                shown.append("\n").append(below.get());
            }
            return shown.toAttributedString();
        } finally {
            post = below;
        }
    }

    /** RightArrow (or Ctrl+f) at the end of the line takes the prediction into it, as PSReadLine's does. */
    @Override
    protected boolean forwardChar() {
        String prediction = buf.cursor() == buf.length() ? prediction() : "";
        if (!prediction.isEmpty()) {
            buf.write(prediction);
            return true;
        }
        return super.forwardChar();
    }

    /** The rest of the latest one-line history entry longer than the line that begins with it, in any case. */
    private String prediction() {
        String typed = buf.toString();
        if (predictions == null || !predictions.predictsFromHistory() || typed.isBlank() || history.isEmpty()) {
            return "";
        }
        for (int i = history.last(); i >= history.first(); i--) {
            String line = history.get(i).stripTrailing();
            if (line.length() > typed.length() && line.indexOf('\n') < 0
                    && line.regionMatches(true, 0, typed, 0, typed.length())) {
                return line.substring(typed.length());
            }
        }
        return "";
    }

    /** Reads a key's binding, as JLine does, but keeps Ctrl+w among the kills that add to the same kill ring entry. */
    @Override
    public Binding readBinding(KeyMap<Binding> keys, KeyMap<Binding> local) {
        Binding binding = doReadBinding(keys, local);
        if (binding instanceof Reference reference) {
            if (!YANK_POP.equals(reference.name()) && !YANK.equals(reference.name())) {
                killRing.resetLastYank();
            }
            if (!KILLING.contains(reference.name())) {
                killRing.resetLastKill();
            }
        }
        return binding;
    }

    /**
     * Runs the widget of {@code binding} as PSReadLine runs its function while text is selected: typing replaces the
     * selection, Backspace and Delete remove it, Ctrl+C copies it, and every key but a selecting one ends it.
     */
    @Override
    protected Widget getWidget(Object binding) {
        Widget widget = super.getWidget(binding);
        String name = binding instanceof Reference reference ? reference.name() : null;
        return () -> {
            try {
                return runAmidSelection(widget, name);
            } finally {
                previousWidget = name;
            }
        };
    }

    private boolean runAmidSelection(Widget widget, String name) {
        if (selectionMark < 0 || SELECTING.contains(name)) {
            return widget.apply();
        }
        int start = Math.min(selectionMark, buf.cursor());
        int end = Math.max(selectionMark, buf.cursor());
        endSelection();
        if (KeyHandlers.CANCEL_LINE.equals(name)) {
            copied = buf.substring(start, end);
            return true;
        }
        if (BACKWARD_DELETE_CHAR.equals(name) || DELETE_CHAR.equals(name) || INSERTING.contains(name)) {
            buf.cursor(end);
            buf.backspace(end - start);
            return BACKWARD_DELETE_CHAR.equals(name) || DELETE_CHAR.equals(name) || widget.apply();
        }
        return widget.apply();
    }

    private boolean select(int to) {
        if (selectionMark < 0) {
            selectionMark = buf.cursor();
        }
        buf.cursor(Math.clamp(to, 0, buf.length()));
        regionMark = selectionMark;
        regionActive = RegionType.CHAR;
        return true;
    }

    /** Extends the selection as far as the builtin widget {@code motion} moves the cursor. */
    private boolean selectBy(String motion) {
        int start = selectionMark < 0 ? buf.cursor() : selectionMark;
        getBuiltinWidgets().get(motion).apply();
        selectionMark = start;
        return select(buf.cursor());
    }

    private void endSelection() {
        selectionMark = -1;
        regionActive = RegionType.NONE;
    }

    /** Kills from the start of the word before the cursor (words end at white space) to the cursor. */
    private boolean unixWordRubout() {
        int i = buf.cursor() - 1;
        while (i > 0 && Character.isWhitespace(buf.atChar(i))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(buf.atChar(i - 1))) {
            i--;
        }
        int start = Math.max(i, 0);
        int length = buf.cursor() - start;
        if (length > 0) {
            killRing.addBackwards(buf.substring(start, buf.cursor()));
            buf.backspace(length);
        }
        return true;
    }

    /**
     * The last argument of the previous history line; pressed again, that of the line before, replacing the one
     * inserted. With a digit argument the first time, the argument of that index (from 0, negative from the end).
     */
    private boolean yankLastArg() {
        if (YANK_LAST_ARG.equals(previousWidget) && yankStart >= 0) {
            if (yankHistoryIndex <= history.first()) {
                return false;
            }
            yankHistoryIndex--;
            return insertArgument(yankHistoryIndex, -1);
        }
        yankHistoryIndex = history.index() - 1;
        yankStart = -1;
        return insertArgument(yankHistoryIndex, hasDigitArgument() ? count : -1);
    }

    /** The first argument of the previous history line, or that of the digit argument's index. */
    private boolean yankNthArg() {
        yankStart = -1;
        return insertArgument(history.index() - 1, hasDigitArgument() ? count : 1);
    }

    private boolean hasDigitArgument() {
        return repeatCount != 0 || mult != 1;
    }

    private boolean insertArgument(int historyIndex, int argument) {
        if (history.isEmpty() || historyIndex < history.first() || historyIndex > history.last()) {
            return false;
        }
        List<Token> tokens = Parser.parseWithTokens(new SourceText("", history.get(historyIndex))).tokens().stream()
                .filter(token -> token.kind() != TokenKind.END_OF_INPUT).toList();
        int index = argument < 0 ? tokens.size() + argument : argument;
        if (index < 0 || index >= tokens.size()) {
            return false;
        }
        String text = tokens.get(index).text();
        if (yankStart >= 0) {
            buf.backspace(buf.cursor() - yankStart);
        }
        yankStart = buf.cursor();
        buf.write(text);
        return true;
    }

    /** Shows the full help of the command at the cursor in the alternate screen, until q or Escape. */
    private boolean showCommandHelp() {
        String command = TokenHighlighter.commandAt(buf.toString(), buf.cursor());
        String help = command == null ? null : fullHelp.apply(command);
        if (help == null || help.isBlank()) {
            return false;
        }
        new HelpPager(terminal, bindingReader).show(help);
        redrawLine();
        return true;
    }

    /**
     * Shows the help of the parameter at the cursor under the line until the next key, which does nothing else, as
     * PSReadLine's Alt+h does.
     */
    private boolean showParameterHelp() {
        String[] at = TokenHighlighter.parameterAt(buf.toString(), buf.cursor());
        List<String> lines = at == null ? List.of() : parameterHelp.apply(at[0], at[1]);
        if (lines.isEmpty()) {
            return false;
        }
        org.jline.utils.AttributedString shown = new org.jline.utils.AttributedString(String.join("\n", lines));
        post = () -> shown;
        redisplay();
        readAnyKey();
        post = null;
        redisplay();
        return true;
    }

    /** Where Ctrl+x,Ctrl+e finds the editor's program from now on. */
    void visualEditorFrom(java.util.function.Supplier<String> editor) {
        visualEditor = editor;
    }

    /**
     * Ctrl+x,Ctrl+e (ViEditVisually): the line, in a .ps1 file, goes to the program $env:VISUAL or $env:EDITOR names,
     * on the terminal; what it leaves in the file (trailing white space cut off) becomes the line, not run yet.
     */
    private boolean editVisually() {
        String editor = visualEditor.get();
        if (editor == null || editor.isBlank()) {
            return false;
        }
        org.jline.terminal.Attributes keys = terminal.getAttributes();
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("jpwsh-", ".ps1");
            java.nio.file.Files.writeString(file, buf.toString());
            org.jline.terminal.Attributes cooked = new org.jline.terminal.Attributes(keys);
            cooked.setLocalFlags(java.util.EnumSet.of(org.jline.terminal.Attributes.LocalFlag.ICANON,
                    org.jline.terminal.Attributes.LocalFlag.ECHO, org.jline.terminal.Attributes.LocalFlag.ISIG,
                    org.jline.terminal.Attributes.LocalFlag.IEXTEN), true);
            cooked.setInputFlag(org.jline.terminal.Attributes.InputFlag.ICRNL, true);
            cooked.setOutputFlag(org.jline.terminal.Attributes.OutputFlag.OPOST, true);
            terminal.setAttributes(cooked);
            terminal.writer().println();
            terminal.flush();
            new ProcessBuilder(editor, file.toString()).inheritIO().start().waitFor();
            String edited = java.nio.file.Files.readString(file).replace("\r\n", "\n").stripTrailing();
            if (!edited.isBlank()) {
                buf.clear();
                buf.write(edited);
            }
            return true;
        } catch (java.io.IOException unstartable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            terminal.setAttributes(keys);
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
            redrawLine();
        }
    }

    /** Reads the keys of one key press, whatever they are bound to. */
    private void readAnyKey() {
        KeyMap<Binding> keys = getKeyMaps().get(MAIN);
        Binding previous = keys.getNomatch();
        keys.setNomatch(new Reference(ABORT));
        try {
            readBinding(keys);
        } finally {
            keys.setNomatch(previous);
        }
    }

    /** Reads a key and says, above the prompt, what it does. */
    private boolean whatIsKey() {
        // a key bound to nothing is an answer too, not a key to skip
        readAnyKey();
        String sequence = getLastBinding();
        if (sequence == null) {
            return false;
        }
        printAbove(whatIsKey.apply(sequence));
        return true;
    }
}
