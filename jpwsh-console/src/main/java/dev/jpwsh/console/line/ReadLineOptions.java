package dev.jpwsh.console.line;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PSReadLine's options for this process (Get-/Set-PSReadLineOption), which the line editor reads before each line:
 * the edit mode (Emacs, the default on Linux, or Vi), the continuation prompt, the history's path, size and
 * duplicates, the bell, and the colour of each token kind as an escape sequence (PSReadLine 2.3's defaults). One per
 * process, as PSReadLine's; its fields are read and written under its lock.
 */
public final class ReadLineOptions {
    /** The token kinds PSReadLine colours, with its default escape sequences, in Get-PSReadLineOption's order. */
    private static final Map<String, String> DEFAULT_COLORS = defaults();
    private static final ReadLineOptions PROCESS = new ReadLineOptions();

    /** PSReadLine's edit modes; jpwsh's editor has Emacs's and Vi's keys, not Windows's. */
    public enum EditMode { Windows, Emacs, Vi }

    /** What the bell does. */
    public enum BellStyle { None, Visual, Audible }

    /** Where predictions come from; jpwsh has no predictor plug-ins, so Plugin predicts nothing. */
    public enum PredictionSource { None, History, Plugin, HistoryAndPlugin }

    private EditMode editMode = EditMode.Emacs;
    private String continuationPrompt = ">> ";
    private String historySavePath;
    private boolean historyNoDuplicates = true;
    private int maximumHistoryCount = 4096;
    private BellStyle bellStyle = BellStyle.Audible;
    private PredictionSource predictionSource = PredictionSource.HistoryAndPlugin;
    private final Map<String, String> colors = new LinkedHashMap<>(DEFAULT_COLORS);
    /** The key handlers Set-PSReadLineKeyHandler bound (a null handler: Remove-PSReadLineKeyHandler), by chord. */
    private final Map<String, KeyHandler> keyHandlers = new LinkedHashMap<>();
    /** Counts the changes to {@link #keyHandlers}, for the editor to bind them again. */
    private int keyChanges;

    /**
     * A key handler of Set-PSReadLineKeyHandler: a chord ({@code Ctrl+d}, {@code Alt+f}, {@code Ctrl+x,Ctrl+e}) and
     * either a PSReadLine function name or a script block (given as it is, for the session to run).
     */
    public record KeyHandler(String chord, String function, Object scriptBlock, String description) {
    }

    private ReadLineOptions() {
    }

    /** {@return the process's options} */
    public static ReadLineOptions process() {
        return PROCESS;
    }

    private static Map<String, String> defaults() {
        Map<String, String> colors = new LinkedHashMap<>();
        colors.put("Command", "\u001b[93m");
        colors.put("Comment", "\u001b[32m");
        colors.put("ContinuationPrompt", "\u001b[37m");
        colors.put("Default", "\u001b[37m");
        colors.put("Emphasis", "\u001b[96m");
        colors.put("Error", "\u001b[91m");
        colors.put("InlinePrediction", "\u001b[97;2;3m");
        colors.put("Keyword", "\u001b[92m");
        colors.put("ListPrediction", "\u001b[33m");
        colors.put("ListPredictionSelected", "\u001b[48;5;238m");
        colors.put("ListPredictionTooltip", "\u001b[97;2;3m");
        colors.put("Member", "\u001b[37m");
        colors.put("Number", "\u001b[97m");
        colors.put("Operator", "\u001b[90m");
        colors.put("Parameter", "\u001b[90m");
        colors.put("Selection", "\u001b[30;47m");
        colors.put("String", "\u001b[36m");
        colors.put("Type", "\u001b[37m");
        colors.put("Variable", "\u001b[92m");
        return colors;
    }

    public synchronized EditMode editMode() {
        return editMode;
    }

    public synchronized void editMode(EditMode value) {
        editMode = value;
    }

    public synchronized String continuationPrompt() {
        return continuationPrompt;
    }

    public synchronized void continuationPrompt(String value) {
        continuationPrompt = value == null ? "" : value;
    }

    /** {@return the history file's path}, null when the console keeps none */
    public synchronized String historySavePath() {
        return historySavePath;
    }

    public synchronized void historySavePath(String value) {
        historySavePath = value;
    }

    public synchronized boolean historyNoDuplicates() {
        return historyNoDuplicates;
    }

    public synchronized void historyNoDuplicates(boolean value) {
        historyNoDuplicates = value;
    }

    public synchronized int maximumHistoryCount() {
        return maximumHistoryCount;
    }

    public synchronized void maximumHistoryCount(int value) {
        maximumHistoryCount = value;
    }

    public synchronized PredictionSource predictionSource() {
        return predictionSource;
    }

    public synchronized void predictionSource(PredictionSource value) {
        predictionSource = value;
    }

    /** {@return whether the line being typed is followed by a prediction from the history} */
    public synchronized boolean predictsFromHistory() {
        return predictionSource == PredictionSource.History || predictionSource == PredictionSource.HistoryAndPlugin;
    }

    public synchronized BellStyle bellStyle() {
        return bellStyle;
    }

    public synchronized void bellStyle(BellStyle value) {
        bellStyle = value;
    }

    /** {@return the token kinds and their escape sequences}, a copy in PSReadLine's order */
    public synchronized Map<String, String> colors() {
        return new LinkedHashMap<>(colors);
    }

    /** {@return the escape sequence of {@code kind}}, or the Default colour's for a kind it has none for */
    public synchronized String color(String kind) {
        return colors.getOrDefault(kind, colors.get("Default"));
    }

    /**
     * Sets the colour of {@code kind} (a name of {@link #colors()}, without regard to case) to {@code escape}.
     *
     * @return false when no kind has that name
     */
    public synchronized boolean color(String kind, String escape) {
        for (String name : colors.keySet()) {
            if (name.toLowerCase(Locale.ROOT).equals(kind.toLowerCase(Locale.ROOT))) {
                colors.put(name, escape);
                return true;
            }
        }
        return false;
    }

    /** Binds {@code handler} to its chord, replacing what the chord did. */
    public synchronized void bind(KeyHandler handler) {
        keyHandlers.put(KeyHandlers.normalize(handler.chord()), handler);
        keyChanges++;
    }

    /** Makes {@code chord} do nothing. */
    public synchronized void unbind(String chord) {
        keyHandlers.put(KeyHandlers.normalize(chord), new KeyHandler(chord, null, null, null));
        keyChanges++;
    }

    /** {@return the handlers bound and chords unbound since the process started}, in the order they were set */
    public synchronized java.util.List<KeyHandler> keyHandlers() {
        return java.util.List.copyOf(keyHandlers.values());
    }

    /** {@return how many times the key handlers changed} */
    public synchronized int keyChanges() {
        return keyChanges;
    }
}
