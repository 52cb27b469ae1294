package dev.jpwsh.engine.host;

/**
 * What the engine asks of whoever shows output: text on the console's output and error streams. Implementations
 * decide about colours; the engine never touches {@code System.out}.
 */
public interface HostUserInterface {
    /** Console colours, as PowerShell names them, with the ANSI code of each as a foreground colour. */
    enum Color {
        Black(30), DarkBlue(34), DarkGreen(32), DarkCyan(36), DarkRed(31), DarkMagenta(35), DarkYellow(33), Gray(37),
        DarkGray(90), Blue(94), Green(92), Cyan(96), Red(91), Magenta(95), Yellow(93), White(97);

        private final int ansi;

        Color(int ansi) {
            this.ansi = ansi;
        }

        /** {@return the SGR code of this colour as the foreground (10 more makes it the background)} */
        public int ansiForeground() {
            return ansi;
        }

        /** {@return the colour named {@code name}, without regard to case}, or null for no colour's name */
        public static Color named(String name) {
            for (Color c : values()) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * Text as it is, with no line ending added.
     *
     * @param text the text
     */
    void write(String text);

    /**
     * Text in colours; null colours keep the console's.
     *
     * @param foreground the text's colour, or null for the console's
     * @param background the background's colour, or null for the console's
     * @param text the text
     */
    void write(Color foreground, Color background, String text);

    default void writeLine(String text) {
        write(text + "\n");
    }

    /**
     * A line on the error stream.
     *
     * @param text the line, without its line ending
     */
    void writeErrorLine(String text);

    /**
     * Text on the error stream as it is, line endings included ({@code [Console]::Error}); a host that cannot write
     * part of a line writes it as a line.
     *
     * @param text the text
     */
    default void writeErrorText(String text) {
        writeErrorLine(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * Shows an error record, in the host's error view.
     *
     * @param record the error
     */
    void writeError(dev.jpwsh.runtime.error.ErrorRecord record);

    /**
     * {@return an error record as this host shows it, without colour}, for a transcript to record; this default
     * gives its message.
     */
    default String errorText(dev.jpwsh.runtime.error.ErrorRecord record) {
        return record.message();
    }

    /**
     * A warning's message, which the host prefixes as it likes ("WARNING: " on the console).
     *
     * @param text the message, without prefix or line ending
     */
    void writeWarningLine(String text);

    /**
     * A verbose message, shown only when the preference lets it through.
     *
     * @param text the message, without prefix or line ending
     */
    void writeVerboseLine(String text);

    /**
     * A debug message, shown only when the preference lets it through.
     *
     * @param text the message, without prefix or line ending
     */
    void writeDebugLine(String text);

    /**
     * An activity's progress. Hosts with nowhere to draw a progress display ignore it, as this default does.
     *
     * @param record the activity's progress
     */
    default void writeProgress(dev.jpwsh.engine.exec.ProgressRecord record) {
    }

    /**
     * A line the user types (Read-Host), after {@code prompt}, echoed as {@code *} when {@code mask}. This default
     * cannot ask and says so with null, as hosts without a user do, and as hosts whose input has ended do.
     *
     * @param prompt the text before the input, already with its {@code ": "}
     * @param mask whether to hide what is typed
     * @return the line without its line ending, or null when this host cannot ask
     */
    default String readLine(String prompt, boolean mask) {
        return null;
    }

    /**
     * Text the user typed at the prompt (the prompt and the command), which the console shows itself: a host that
     * records a transcript records it, as pwsh's does; this default does nothing with it.
     *
     * @param text the prompt and the command, with its line ending
     */
    default void transcribe(String text) {
    }

    /**
     * Whether {@link #readLine} can ask the user now; this default cannot.
     *
     * @return true when there is someone (or a redirected input) to answer
     */
    default boolean canRead() {
        return false;
    }

    /**
     * {@return {@code text} in {@code foreground} as this host would write it}, for a prompt the host reads after;
     * this default has no colours
     *
     * @param foreground the colour, or null for the console's
     * @param text the text
     */
    default String colored(Color foreground, String text) {
        return text;
    }

    /** {@return the window's width in columns}, 0 when there is none (nothing is wrapped then) */
    default int windowWidth() {
        return 0;
    }

    /**
     * {@return the error for a prompt this host cannot show}: this default's is pwsh's HostException for a host
     * without user interaction
     */
    default RuntimeException promptRefused() {
        return new dev.jpwsh.runtime.error.PSRuntimeException("HostFunctionNotImplemented", "NotImplemented",
                "A command that prompts the user failed because the host program or the command type does not "
                        + "support user interaction. Try a host program that supports user interaction, such as the "
                        + "PowerShell Console, and remove prompt-related commands from command types that do not "
                        + "support user interaction.", null, "System.Management.Automation.Host.HostException");
    }

    /**
     * {@code $Host.UI.PromptForChoice(caption, message, choices, defaultChoice)}, laid out as pwsh's console does
     * (see {@link ChoicePrompt}).
     *
     * @param caption the heading, or null
     * @param message the question, or null
     * @param choices ChoiceDescriptions, or labels such as {@code "&Yes"}
     * @param defaultChoice the index an empty answer picks, -1 for none
     * @return the index picked
     */
    default int promptForChoice(Object caption, Object message, Object choices, int defaultChoice) {
        int picked = ChoicePrompt.ask(this, text(caption), text(message), ChoiceDescription.listOf(choices),
                defaultChoice, windowWidth());
        if (picked < 0) {
            throw promptRefused();
        }
        return picked;
    }

    /**
     * {@code $Host.UI.PromptForCredential(caption, message, userName, targetName)}: the user name (unless given) and
     * a masked password, as pwsh's console asks them (see {@link CredentialPrompt}).
     *
     * @param caption the heading, or null
     * @param message the explanation, or null
     * @param userName the user name, or null or empty to ask for it
     * @param targetName put before the user name with a backslash when not empty
     * @return a PSCredential
     */
    default Object promptForCredential(Object caption, Object message, Object userName, Object targetName) {
        Object credential = CredentialPrompt.ask(this, text(caption), text(message), text(userName), text(targetName));
        if (credential == null) {
            throw promptRefused();
        }
        return credential;
    }

    private static String text(Object value) {
        return value == null ? null : dev.jpwsh.runtime.convert.LanguagePrimitives.toString(value);
    }

    /**
     * Whether a native program about to start may use the process's own standard streams (so an interactive
     * program gets the terminal); a host that says yes first flushes what it has buffered. This default says no,
     * for hosts whose output is not the process's standard output: the program's streams are then read.
     *
     * @return true when the program may inherit the process's standard streams
     */
    default boolean lendProcessStreams() {
        return false;
    }
}
