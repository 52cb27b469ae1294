package dev.jpwsh.console.line;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Set-PSReadLineKeyHandler's bindings on JLine: PSReadLine's chords ({@code Ctrl+d}, {@code Alt+f}, {@code Enter},
 * {@code UpArrow}, {@code Ctrl+x,Ctrl+e}) as the key sequences a terminal sends, PSReadLine's function names as the
 * JLine widgets that do the same, and script blocks as widgets that run them in the session. Stateless but for the
 * widget table it fills.
 */
public final class KeyHandlers {
    /** PSReadLine's functions and the JLine widgets that do what they do, in PSReadLine's groups' order. */
    public static final Map<String, String> FUNCTIONS = functions();
    /**
     * PSReadLine's Emacs bindings on Linux that the editor performs, by key, in PSReadLine's order (its plain keys,
     * then its Escape and Ctrl+x chords): JLine's emacs key map does most alike, {@link #EMACS_ADDITIONS} the others.
     */
    public static final Map<String, String> EMACS_DEFAULTS = emacsDefaults();
    /** The chords of {@link #EMACS_DEFAULTS} that JLine's emacs key map binds otherwise, or not at all. */
    private static final java.util.List<String> EMACS_ADDITIONS = java.util.List.of("Shift+LeftArrow",
            "Shift+RightArrow", "Shift+Home", "Shift+End", "Ctrl+g", "Ctrl+w", "Alt+?", "F1", "Alt+h", "Alt+.", "Alt+_",
            "Ctrl+Alt+y", "Escape,Ctrl+y", "Escape,.", "Escape,_", "Ctrl+x,Backspace", "Alt+B", "Alt+F", "Ctrl+x,Ctrl+e");
    private static final String SCRIPT_WIDGET = "jpwsh-key-handler-";
    /** The widget Ctrl+C runs while a line is read (PSReadLine's CopyOrCancelLine with nothing selected). */
    static final String CANCEL_LINE = "jpwsh-cancel-line";

    private KeyHandlers() {
    }

    private static Map<String, String> functions() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("AcceptLine", LineReader.ACCEPT_LINE);
        f.put("BackwardDeleteChar", LineReader.BACKWARD_DELETE_CHAR);
        f.put("BackwardKillLine", LineReader.BACKWARD_KILL_LINE);
        f.put("BackwardKillWord", LineReader.BACKWARD_KILL_WORD);
        f.put("CapitalizeWord", LineReader.CAPITALIZE_WORD);
        f.put("DeleteChar", LineReader.DELETE_CHAR);
        f.put("DowncaseWord", LineReader.DOWN_CASE_WORD);
        f.put("KillLine", LineReader.KILL_LINE);
        f.put("KillWord", LineReader.KILL_WORD);
        f.put("Redo", LineReader.REDO);
        f.put("RevertLine", LineReader.KILL_WHOLE_LINE);
        f.put("SelfInsert", LineReader.SELF_INSERT);
        f.put("SwapCharacters", LineReader.TRANSPOSE_CHARS);
        f.put("BackwardKillInput", LineReader.BACKWARD_KILL_LINE);
        f.put("CopyOrCancelLine", CANCEL_LINE);
        f.put("DeleteCharOrExit", LineReader.DELETE_CHAR_OR_LIST);
        f.put("Undo", LineReader.UNDO);
        f.put("UpcaseWord", LineReader.UP_CASE_WORD);
        f.put("Yank", LineReader.YANK);
        f.put("YankPop", LineReader.YANK_POP);
        f.put("BackwardChar", LineReader.BACKWARD_CHAR);
        f.put("BackwardWord", LineReader.BACKWARD_WORD);
        f.put("BeginningOfLine", LineReader.BEGINNING_OF_LINE);
        f.put("EndOfLine", LineReader.END_OF_LINE);
        f.put("ForwardChar", LineReader.FORWARD_CHAR);
        f.put("ForwardWord", LineReader.FORWARD_WORD);
        f.put("BeginningOfHistory", LineReader.BEGINNING_OF_HISTORY);
        f.put("EndOfHistory", LineReader.END_OF_HISTORY);
        f.put("ForwardSearchHistory", LineReader.HISTORY_INCREMENTAL_SEARCH_FORWARD);
        f.put("HistorySearchBackward", LineReader.HISTORY_SEARCH_BACKWARD);
        f.put("HistorySearchForward", LineReader.HISTORY_SEARCH_FORWARD);
        f.put("NextHistory", LineReader.DOWN_HISTORY);
        f.put("PreviousHistory", LineReader.UP_HISTORY);
        f.put("ReverseSearchHistory", LineReader.HISTORY_INCREMENTAL_SEARCH_BACKWARD);
        f.put("Complete", LineReader.COMPLETE_WORD);
        f.put("MenuComplete", LineReader.MENU_COMPLETE);
        f.put("PossibleCompletions", LineReader.LIST_CHOICES);
        f.put("ClearScreen", LineReader.CLEAR_SCREEN);
        f.put("DigitArgument", LineReader.DIGIT_ARGUMENT);
        f.put("AcceptAndGetNext", LineReader.ACCEPT_LINE_AND_DOWN_HISTORY);
        f.put("SetMark", LineReader.SET_MARK_COMMAND);
        f.put("ExchangePointAndMark", LineReader.EXCHANGE_POINT_AND_MARK);
        f.put("CharacterSearch", LineReader.CHARACTER_SEARCH);
        f.put("CharacterSearchBackward", LineReader.CHARACTER_SEARCH_BACKWARD);
        f.put("CancelLine", LineReader.SEND_BREAK);
        f.put("Abort", PSReadLineReader.ABORT);
        f.put("UnixWordRubout", PSReadLineReader.UNIX_WORD_RUBOUT);
        f.put("YankLastArg", PSReadLineReader.YANK_LAST_ARG);
        f.put("YankNthArg", PSReadLineReader.YANK_NTH_ARG);
        f.put("WhatIsKey", PSReadLineReader.WHAT_IS_KEY);
        f.put("ShowCommandHelp", PSReadLineReader.SHOW_COMMAND_HELP);
        f.put("ShowParameterHelp", PSReadLineReader.SHOW_PARAMETER_HELP);
        f.put("SelectBackwardChar", PSReadLineReader.SELECT_BACKWARD_CHAR);
        f.put("SelectForwardChar", PSReadLineReader.SELECT_FORWARD_CHAR);
        f.put("SelectBackwardsLine", PSReadLineReader.SELECT_BACKWARDS_LINE);
        f.put("SelectLine", PSReadLineReader.SELECT_LINE);
        f.put("SelectBackwardWord", PSReadLineReader.SELECT_BACKWARD_WORD);
        f.put("SelectForwardWord", PSReadLineReader.SELECT_FORWARD_WORD);
        f.put("AddLine", PSReadLineReader.ADD_LINE);
        f.put("ViEditVisually", PSReadLineReader.EDIT_VISUALLY);
        return f;
    }

    private static Map<String, String> emacsDefaults() {
        Map<String, String> keys = new LinkedHashMap<>();
        String[][] pairs = {{"Enter", "AcceptLine"}, {"Backspace", "BackwardDeleteChar"},
            {"LeftArrow", "BackwardChar"}, {"RightArrow", "ForwardChar"}, {"Shift+Enter", "AddLine"},
            {"Shift+LeftArrow", "SelectBackwardChar"}, {"Shift+RightArrow", "SelectForwardChar"},
            {"UpArrow", "PreviousHistory"}, {"DownArrow", "NextHistory"}, {"Alt+<", "BeginningOfHistory"},
            {"Alt+>", "EndOfHistory"}, {"Home", "BeginningOfLine"}, {"End", "EndOfLine"},
            {"Shift+Home", "SelectBackwardsLine"}, {"Shift+End", "SelectLine"}, {"Delete", "DeleteChar"},
            {"Tab", "Complete"}, {"Ctrl+a", "BeginningOfLine"}, {"Ctrl+b", "BackwardChar"}, {"Ctrl+e", "EndOfLine"},
            {"Ctrl+f", "ForwardChar"}, {"Ctrl+g", "Abort"}, {"Ctrl+l", "ClearScreen"}, {"Ctrl+k", "KillLine"},
            {"Ctrl+n", "NextHistory"}, {"Ctrl+p", "PreviousHistory"}, {"Ctrl+r", "ReverseSearchHistory"},
            {"Ctrl+s", "ForwardSearchHistory"}, {"Ctrl+u", "BackwardKillInput"}, {"Ctrl+w", "UnixWordRubout"},
            {"Ctrl+y", "Yank"}, {"Ctrl+c", "CopyOrCancelLine"}, {"Ctrl+d", "DeleteCharOrExit"},
            {"Ctrl+t", "SwapCharacters"}, {"Ctrl+_", "Undo"}, {"Alt+b", "BackwardWord"},
            {"Alt+B", "SelectBackwardWord"}, {"Alt+d", "KillWord"}, {"Alt+f", "ForwardWord"},
            {"Alt+F", "SelectForwardWord"}, {"Alt+r", "RevertLine"}, {"Alt+y", "YankPop"},
            {"Alt+Backspace", "BackwardKillWord"}, {"Alt+=", "PossibleCompletions"}, {"Alt+?", "WhatIsKey"},
            {"F1", "ShowCommandHelp"}, {"Alt+h", "ShowParameterHelp"}, {"Alt+.", "YankLastArg"},
            {"Alt+_", "YankLastArg"}, {"Ctrl+Alt+y", "YankNthArg"}, {"Ctrl+o", "AcceptAndGetNext"},
            {"Ctrl+@", "SetMark"}, {"Ctrl+]", "CharacterSearch"}, {"Ctrl+Alt+]", "CharacterSearchBackward"},
            {"Alt+0", "DigitArgument"}, {"Alt+1", "DigitArgument"}, {"Alt+2", "DigitArgument"},
            {"Alt+3", "DigitArgument"}, {"Alt+4", "DigitArgument"}, {"Alt+5", "DigitArgument"},
            {"Alt+6", "DigitArgument"}, {"Alt+7", "DigitArgument"}, {"Alt+8", "DigitArgument"},
            {"Alt+9", "DigitArgument"}, {"Alt+-", "DigitArgument"}, {"Alt+u", "UpcaseWord"}, {"Alt+l", "DowncaseWord"},
            {"Alt+c", "CapitalizeWord"}, {"Alt+Spacebar", "SetMark"}, {"Escape,b", "BackwardWord"},
            {"Escape,d", "KillWord"}, {"Escape,f", "ForwardWord"}, {"Escape,r", "RevertLine"}, {"Escape,y", "YankPop"},
            {"Escape,u", "UpcaseWord"}, {"Escape,l", "DowncaseWord"}, {"Escape,c", "CapitalizeWord"},
            {"Escape,Ctrl+y", "YankNthArg"}, {"Escape,Backspace", "BackwardKillWord"}, {"Escape,.", "YankLastArg"},
            {"Escape,_", "YankLastArg"}, {"Ctrl+x,Backspace", "BackwardKillInput"}, {"Ctrl+x,Ctrl+e", "ViEditVisually"}, {"Ctrl+x,Ctrl+u", "Undo"},
            {"Ctrl+x,Ctrl+x", "ExchangePointAndMark"}};
        for (String[] pair : pairs) {
            keys.put(pair[0], pair[1]);
        }
        return keys;
    }

    /** {@return the JLine widget of a PSReadLine function name, without regard to case}, or null when there is none */
    public static String widget(String function) {
        for (Map.Entry<String, String> entry : FUNCTIONS.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(function)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** {@return the function name as PSReadLine spells it}, or null for an unknown one */
    public static String functionName(String function) {
        return FUNCTIONS.keySet().stream().filter(name -> name.equalsIgnoreCase(function)).findFirst().orElse(null);
    }

    /**
     * {@return the key sequence {@code terminal} sends for {@code chord}} (null: only check that it is a chord)
     *
     * @throws IllegalArgumentException for a key PSReadLine would not know, with its message
     */
    public static String keys(String chord, Terminal terminal) {
        StringBuilder keys = new StringBuilder();
        for (String part : chord.split(",")) {
            keys.append(key(part.strip(), chord, terminal));
        }
        return keys.toString();
    }

    private static String key(String part, String chord, Terminal terminal) {
        String rest = part;
        boolean ctrl = false;
        boolean alt = false;
        boolean shift = false;
        while (rest.length() > 1 && rest.contains("+")) {
            int plus = rest.indexOf('+');
            String modifier = rest.substring(0, plus).toLowerCase(Locale.ROOT);
            switch (modifier) {
                case "ctrl", "control" -> ctrl = true;
                case "alt" -> alt = true;
                case "shift" -> shift = true;
                default -> throw unknown(chord);
            }
            rest = rest.substring(plus + 1);
        }
        String key = shift ? shifted(rest) : null;
        key = key != null ? key : named(rest, terminal);
        if (key == null) {
            if (rest.length() != 1) {
                throw unknown(chord);
            }
            char c = shift ? Character.toUpperCase(rest.charAt(0)) : rest.charAt(0);
            key = ctrl ? KeyMap.ctrl(Character.toLowerCase(c)) : String.valueOf(c);
        }
        return alt ? KeyMap.alt(key) : key;
    }

    private static String named(String name, Terminal terminal) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "enter" -> "\r";
            case "tab" -> "\t";
            case "escape" -> KeyMap.esc();
            case "backspace" -> KeyMap.del();
            case "spacebar" -> " ";
            case "uparrow" -> capability(terminal, Capability.key_up);
            case "downarrow" -> capability(terminal, Capability.key_down);
            case "leftarrow" -> capability(terminal, Capability.key_left);
            case "rightarrow" -> capability(terminal, Capability.key_right);
            case "home" -> capability(terminal, Capability.key_home);
            case "end" -> capability(terminal, Capability.key_end);
            case "delete" -> capability(terminal, Capability.key_dc);
            case "pageup" -> capability(terminal, Capability.key_ppage);
            case "pagedown" -> capability(terminal, Capability.key_npage);
            default -> name.matches("(?i)f([1-9]|1[0-9]|2[0-4])")
                    ? capability(terminal, Capability.valueOf("key_f" + name.substring(1))) : null;
        };
    }

    /** The keys xterm-like terminals (tmux too) send for Shift and an arrow, Home or End; null for another key. */
    private static String shifted(String name) {
        String last = switch (name.toLowerCase(Locale.ROOT)) {
            case "uparrow" -> "A";
            case "downarrow" -> "B";
            case "rightarrow" -> "C";
            case "leftarrow" -> "D";
            case "home" -> "H";
            case "end" -> "F";
            case "enter" -> "13;2u";
            default -> null;
        };
        return last == null ? null : last.length() > 1 ? "\u001b[" + last : "\u001b[1;2" + last;
    }

    /** The keys {@code terminal} sends for a key it names; empty without a terminal (a chord only checked). */
    private static String capability(Terminal terminal, Capability key) {
        String keys = terminal == null ? null : KeyMap.key(terminal, key);
        return keys == null ? "" : keys;
    }

    private static IllegalArgumentException unknown(String chord) {
        return new IllegalArgumentException("Unrecognized key '" + chord + "'. Please use a character literal or a "
                + "well-known key name from the System.ConsoleKey enumeration.");
    }

    /** Binds, in {@code reader}'s emacs key map, PSReadLine's chords that JLine binds otherwise or not at all. */
    static void bindEmacsAdditions(LineReader reader, Terminal terminal) {
        KeyMap<Binding> emacs = reader.getKeyMaps().get(LineReader.EMACS);
        for (String chord : EMACS_ADDITIONS) {
            emacs.bind(new Reference(widget(EMACS_DEFAULTS.get(chord))), keys(chord, terminal));
        }
        // Shift+Enter, from the terminals that tell it from Enter (xterm's modifyOtherKeys, the CSI u protocol)
        emacs.bind(new Reference(PSReadLineReader.ADD_LINE), "\u001b[27;2;13~", "\u001b[13;2u");
    }

    /** A key handler as listed: its chord as spelled, its function ({@code ScriptBlock} for one), own description. */
    public record Bound(String chord, String function, String description) {
    }

    /**
     * {@return the key handlers in effect}: PSReadLine's Emacs defaults (in Emacs mode) overlaid by those set in this
     * process, in order, by {@link #normalize}d chord
     */
    public static Map<String, Bound> bound(ReadLineOptions options) {
        Map<String, Bound> handlers = new LinkedHashMap<>();
        if (options.editMode() == ReadLineOptions.EditMode.Emacs) {
            EMACS_DEFAULTS.forEach((chord, function) -> handlers.put(normalize(chord), new Bound(chord, function,
                    null)));
        }
        for (ReadLineOptions.KeyHandler custom : options.keyHandlers()) {
            String key = normalize(custom.chord());
            if (custom.function() == null && custom.scriptBlock() == null) {
                handlers.remove(key);
            } else {
                handlers.put(key, new Bound(custom.chord(), custom.function() != null ? custom.function()
                        : "ScriptBlock", custom.description()));
            }
        }
        return handlers;
    }

    /**
     * {@return a chord in one spelling for lookups}: modifiers and named keys in lower case, a character key as it is
     * (Alt+b and Alt+B are two keys)
     */
    public static String normalize(String chord) {
        StringBuilder normal = new StringBuilder();
        for (String part : chord.split(",", -1)) {
            if (!normal.isEmpty()) {
                normal.append(',');
            }
            String rest = part.strip();
            while (rest.length() > 1 && rest.contains("+")) {
                int plus = rest.indexOf('+');
                normal.append(rest.substring(0, plus).toLowerCase(Locale.ROOT)).append('+');
                rest = rest.substring(plus + 1);
            }
            normal.append(rest.length() == 1 ? rest : rest.toLowerCase(Locale.ROOT));
        }
        return normal.toString();
    }

    /**
     * What WhatIsKey says of the keys {@code sequence} in {@code options}' handlers: {@code chord: Function - its
     * description}, SelfInsert for a character no key handler takes, or that the key is unbound.
     */
    static String whatIs(String sequence, ReadLineOptions options, Terminal terminal,
            java.util.function.Function<String, String> describe) {
        for (Bound handler : bound(options).values()) {
            if (sequence.equals(keys(handler.chord(), terminal))) {
                String description = handler.description() != null && !handler.description().isBlank()
                        ? handler.description() : describe.apply(handler.function());
                return handler.chord() + ": " + handler.function() + (description == null ? "" : " - " + description);
            }
        }
        if (sequence.codePointCount(0, sequence.length()) == 1 && sequence.codePointAt(0) >= ' ') {
            return sequence + ": SelfInsert - " + describe.apply("SelfInsert");
        }
        return chordOf(sequence) + ": Key is unbound";
    }

    /** A key sequence named as PSReadLine names chords, as far as its characters tell: Ctrl+x, Alt+x, or itself. */
    private static String chordOf(String sequence) {
        StringBuilder chord = new StringBuilder();
        String rest = sequence;
        if (rest.length() == 2 && rest.charAt(0) == '\u001b') {
            chord.append("Alt+");
            rest = rest.substring(1);
        }
        if (rest.length() == 1 && rest.charAt(0) < ' ') {
            return chord.append("Ctrl+").append((char) (rest.charAt(0) + '`')).toString();
        }
        return chord.append(rest.replace("\u001b", "Escape,")).toString();
    }

    /**
     * Binds every handler of {@code options} in {@code keyMap}: a function to its widget, a script block to a widget
     * that gives it to {@code scripts} with its chord, an unbound chord to nothing.
     */
    static void apply(ReadLineOptions options, LineReader reader, Terminal terminal,
            BiConsumer<Object, String> scripts) {
        KeyMap<Binding> keyMap = reader.getKeyMaps().get(LineReader.MAIN);
        int n = 0;
        for (ReadLineOptions.KeyHandler handler : options.keyHandlers()) {
            String keys = keys(handler.chord(), terminal);
            if (handler.scriptBlock() != null) {
                String name = SCRIPT_WIDGET + n++;
                Object block = handler.scriptBlock();
                reader.getWidgets().put(name, () -> {
                    scripts.accept(block, handler.chord());
                    return true;
                });
                keyMap.bind(new Reference(name), keys);
            } else if (handler.function() != null) {
                keyMap.bind(new Reference(widget(handler.function())), keys);
            } else {
                keyMap.unbind(keys);
            }
        }
    }
}
