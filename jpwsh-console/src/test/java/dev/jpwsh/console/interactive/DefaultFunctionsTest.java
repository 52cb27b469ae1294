package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The default functions a user types at the prompt, in a real terminal (tmux): {@code help} paging through less until
 * {@code q}, {@code cd..} and {@code cd~}; and -NoExit keeping the session of a script run with -File.
 */
class DefaultFunctionsTest extends TerminalTestBase {
    private static final String LESS_PROMPT = "Press h for help or q to quit.";

    /** {@code help Get-Date} shows the help in less with pwsh's prompt line; {@code q} goes back to the prompt. */
    @Test
    void helpOpensThePagerAndQReturnsToThePrompt() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("'be' + 'fore'");
            long prompts = console.prompts(console.screen());
            console.enter("help Get-Date");
            String pager = console.waitFor(s -> s.contains(LESS_PROMPT), TmuxConsole.STEP_MILLIS);
            assertThat(pager).containsPattern("Page 1 of \\d+\\. " + java.util.regex.Pattern.quote(LESS_PROMPT))
                    .contains("\nNAME\n    Get-Date\n").contains("\nSYNTAX\n");
            console.press("q");
            String back = console.waitFor(s -> !s.contains(LESS_PROMPT) && console.prompts(s) > prompts,
                    TmuxConsole.STEP_MILLIS);
            assertThat(back).contains("\nbefore\n");
            console.run("'af' + 'ter'");
            console.waitFor("\nafter\n");
        }
    }

    /** {@code cd..} goes to the parent folder and {@code cd~} home, as the prompt then shows. */
    @Test
    void cdDotDotAndCdTildeChangeTheLocation() throws Exception {
        Path inner = Files.createDirectories(home.resolve("outer/inner"));
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Set-Location '" + inner + "'");
            console.waitFor("PS " + inner + "> ");
            console.run("cd..");
            console.waitFor("\nPS " + inner.getParent() + "> ");
            console.run("cd..; cd..; (Get-Location).Path");
            console.waitFor("\n" + home.getParent() + "\n");
            console.run("cd~");
            String screen = console.waitFor(s -> s.stripTrailing().endsWith("PS " + home + ">"),
                    TmuxConsole.STEP_MILLIS);
            // (the prediction of the line, from the history, may leave blanks behind it)
            assertThat(screen).containsPattern(java.util.regex.Pattern.quote("PS " + home.getParent() + "> cd~")
                    + " *\n");
        }
    }

    /**
     * -NoExit after -File: the script's output, then a prompt in the session it ran in, until {@code exit}. (pwsh runs
     * the file dot-sourced, so that even its script scope's variables stay; jpwsh runs it in a script scope.)
     */
    @Test
    void noExitKeepsTheSessionOfAScriptFileOpen() throws Exception {
        Path script = home.resolve("setup.ps1");
        Files.writeString(script, "$global:fromScript = 'kept'\n'script ran'\n", StandardCharsets.UTF_8);
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile", "-NoExit", "-File", script.toString())) {
            assertThat(console.screen()).startsWith("script ran\nPS ");
            console.run("$fromScript");
            console.waitFor("\nkept\n");
            console.enter("exit 4");
            assertThat(console.exitStatus()).isEqualTo(4);
        }
    }
}
