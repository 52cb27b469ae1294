package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PSReadLine's Emacs keys that JLine's emacs key map lacks, in a real terminal (tmux): Alt+. and Ctrl+Alt+y taking
 * arguments of earlier commands, Ctrl+w killing a word up to white space, Shift and an arrow, Home or End selecting
 * text that typing, Backspace and Ctrl+C then act on, Alt+? saying what a key does, Ctrl+g leaving the line alone, F1
 * and Alt+h showing the help of the command and parameter at the cursor.
 */
class EmacsKeysTest extends TerminalTestBase {
    /** The line being typed ends with {@code text}. */
    private static boolean lineEndsWith(String screen, String text) {
        return screen.lines().anyMatch(line -> line.startsWith("PS ") && line.stripTrailing().endsWith(text));
    }

    @Test
    void altDotAndCtrlAltYYankArgumentsAndCtrlWKillsAWord() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Write-Output first-line");
            console.run("Write-Output alpha 'beta gamma'");
            console.type("echo ");
            console.press("M-.");
            console.waitFor(s -> lineEndsWith(s, "> echo 'beta gamma'"), TmuxConsole.STEP_MILLIS);
            // pressed again: the last argument of the command before, in its place
            console.press("M-.");
            console.waitFor(s -> lineEndsWith(s, "> echo first-line"), TmuxConsole.STEP_MILLIS);
            console.press("C-w");
            console.waitFor(s -> lineEndsWith(s, "> echo"), TmuxConsole.STEP_MILLIS);
            console.press("C-M-y");
            console.waitFor(s -> lineEndsWith(s, "> echo alpha"), TmuxConsole.STEP_MILLIS);
            // Ctrl+w puts what it kills in the kill ring, two kills in a row in one entry: Ctrl+y brings it back
            console.type(" x-y z");
            console.press("C-w");
            console.waitFor(s -> lineEndsWith(s, "> echo alpha x-y"), TmuxConsole.STEP_MILLIS);
            console.press("C-w", "C-y");
            console.waitFor(s -> lineEndsWith(s, "> echo alpha x-y z"), TmuxConsole.STEP_MILLIS);
            console.press("Enter");
            console.waitFor("\nalpha\nx-y\nz\n");
        }
    }

    @Test
    void shiftArrowsSelectTextThatTypingBackspaceAndCtrlCActOn() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.type("echo one two");
            console.press("S-Left", "S-Left", "S-Left");
            console.type("3");
            console.waitFor(s -> lineEndsWith(s, "> echo one 3"), TmuxConsole.STEP_MILLIS);
            // Ctrl+C with a selection copies it: the line stays
            long prompts = console.prompts(console.screen());
            console.press("S-Home", "C-c", "End");
            console.type("4");
            String screen = console.waitFor(s -> lineEndsWith(s, "> echo one 34"), TmuxConsole.STEP_MILLIS);
            assertThat(console.prompts(screen)).isEqualTo(prompts);
            console.press("Left", "Left", "S-Left", "S-Left", "S-Left", "S-Left", "S-Left", "BSpace");
            console.waitFor(s -> lineEndsWith(s, "> echo34"), TmuxConsole.STEP_MILLIS);
            console.press("Home", "S-End");
            console.type("'all selected' ; 'word one'");
            // Alt+Shift+B selects the word before the cursor
            console.press("M-B");
            console.type("two'");
            console.waitFor(s -> lineEndsWith(s, "> 'all selected' ; 'word two'"), TmuxConsole.STEP_MILLIS);
            console.press("Enter");
            console.waitFor("\nall selected\nword two\n");
        }
    }

    /** Shift+Enter (as terminals that tell it from Enter send it) adds a line to the input without running it. */
    @Test
    void shiftEnterAddsALine() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.type("'one'");
            // CSI 13;2u: Shift+Enter in the fixterms / kitty protocol; tmux 3.3 has no name for it
            console.press("-H", "1b", "5b", "31", "33", "3b", "32", "75");
            console.type("'two'");
            String screen = console.waitFor(s -> s.contains("\n>> 'two'"), TmuxConsole.STEP_MILLIS);
            assertThat(screen).doesNotContain("\none\n");
            console.press("Enter");
            console.waitFor("\none\ntwo\n");
        }
    }

    /**
     * Ctrl+x,Ctrl+e gives the line to the program $env:EDITOR names and takes back what it leaves in the file, without
     * running it.
     */
    @Test
    void ctrlXCtrlEEditsTheLineWithTheEditor() throws Exception {
        java.nio.file.Path editor = home.resolve("editor.sh");
        java.nio.file.Files.writeString(editor, "#!/bin/sh\nsed -i 's/before/after/' \"$1\"\n");
        java.nio.file.Files.setPosixFilePermissions(editor,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("$env:EDITOR = '" + editor + "'");
            console.type("'before' + '!'");
            console.press("C-x", "C-e");
            console.waitFor(s -> lineEndsWith(s, "> 'after' + '!'"), TmuxConsole.STEP_MILLIS);
            assertThat(console.screen()).doesNotContain("\nafter!\n");
            console.press("Enter");
            console.waitFor("\nafter!\n");
        }
    }

    @Test
    void altQuestionSaysWhatAKeyDoesAndCtrlGLeavesTheLine() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.type("'kept'");
            console.press("M-?", "C-a");
            console.waitFor("Ctrl+a: BeginningOfLine - Move the cursor to the beginning of the line\n");
            console.press("M-?", "C-w");
            console.waitFor("Ctrl+w: UnixWordRubout - Move the text from the cursor to the start of the current or "
                    + "previous whitespace delimited word to the kill ring\n");
            console.press("M-?", "C-z");
            console.waitFor("Ctrl+z: Key is unbound\n");
            console.press("M-?");
            console.type("q");
            console.waitFor("q: SelfInsert - Insert the key typed\n");
            console.press("C-g");
            String screen = console.waitFor(s -> lineEndsWith(s, "> 'kept'"), TmuxConsole.STEP_MILLIS);
            assertThat(screen).doesNotContain("> 'kept'q");
            console.press("Enter");
            console.waitFor("\nkept\n");
        }
    }

    /**
     * F1 shows the full help of the command at the cursor in the alternate screen; q goes back to the line. Alt+h
     * shows the help of the parameter at the cursor under the line (that there is none, with no help files installed,
     * as pwsh says before Update-Help) until the next key, which does nothing else.
     */
    @Test
    void f1AndAltHShowTheHelpOfTheCommandAndParameterAtTheCursor() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.type("Get-Date -Format");
            console.press("M-h");
            console.waitFor("Get-Date -Format\n\nNo help content available. Please use Update-Help to download the "
                    + "latest help content.");
            console.type("x");
            console.waitFor(s -> !s.contains("No help content") && lineEndsWith(s, "> Get-Date -Format"),
                    TmuxConsole.STEP_MILLIS);
            console.type(" 'yyyy'");
            console.press("Left", "Left", "Left", "F1");
            String help = console.waitFor("Press q or Escape to return to the prompt");
            assertThat(help).contains("NAME\n    Get-Date\n").doesNotContain("> Get-Date -Format");
            console.press("q");
            console.waitFor(s -> lineEndsWith(s, "> Get-Date -Format 'yyyy'"), TmuxConsole.STEP_MILLIS);
            console.press("Enter");
            console.waitFor("\n" + java.time.Year.now().getValue() + "\n");
        }
    }
}
