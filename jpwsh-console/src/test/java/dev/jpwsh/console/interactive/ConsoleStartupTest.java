package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How the interactive console starts and what it asks, in a real terminal (tmux): the user's profile and
 * {@code $PROFILE}, -NoProfile, -NoLogo, -NoExit after -Command, Read-Host with and without masking, a prompt function
 * of the user's, {@code exit} with a code.
 */
class ConsoleStartupTest extends TerminalTestBase {
    @Test
    void theUsersProfileRunsAndItsPromptFunctionIsShown() throws Exception {
        Path profile = home.resolve("config/powershell/Microsoft.PowerShell_profile.ps1");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, "function prompt { 'custom' + '> ' }\n$fromProfile = 6 * 7\n",
                StandardCharsets.UTF_8);
        try (TmuxConsole console = TmuxConsole.startWithPrompt("custom> ", home, "-NoLogo")) {
            console.run("$fromProfile; $PROFILE -eq $PROFILE.CurrentUserCurrentHost");
            String screen = console.waitFor("42\nTrue\n");
            assertThat(screen).doesNotContain("PowerShell 7");
            console.run("Split-Path -Leaf $PROFILE.AllUsersAllHosts; $PROFILE.CurrentUserAllHosts");
            console.waitFor("profile.ps1\n" + home.resolve("config/powershell/profile.ps1") + "\n");
        }
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("$null -eq $fromProfile");
            console.waitFor("True\n");
            assertThat(console.screen()).doesNotContain("custom> ").contains("PowerShell 7");
        }
    }

    @Test
    void noExitKeepsTheSessionOfTheCommandOpenUntilExit() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile", "-NoExit", "-Command", "$x = 'kept'; 'ran'")) {
            assertThat(console.screen()).startsWith("ran\nPS ");
            console.run("$x");
            console.waitFor("kept\n");
            console.enter("exit 3");
            assertThat(console.exitStatus()).isEqualTo(3);
        }
    }

    @Test
    void readHostReadsALineAndMasksSecrets() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("$name = Read-Host -Prompt 'Your name'; \"Hello, $name\"");
            console.waitFor("Your name: ");
            console.enter("Ada {");
            console.waitFor("Hello, Ada {\n");
            console.enter("$secret = Read-Host -AsSecureString 'Key'; $secret.GetType().Name + ' ' + $secret.Length");
            console.waitFor("Key: ");
            console.enter("hidden");
            // the next prompt first: a key pressed before it is drawn would be echoed by the terminal instead
            String screen = console.waitFor("SecureString 6\nPS ");
            assertThat(screen).contains("Key: ******\n").doesNotContain("hidden");
            console.press("Up");
            console.waitFor(s -> s.stripTrailing().endsWith("$secret.Length"), TmuxConsole.STEP_MILLIS);
        }
    }

    /** A script run on a terminal draws its progress bar too (seed 003's batch loop), and it goes when the script ends. */
    @Test
    void aScriptOnATerminalDrawsItsProgressBar() throws Exception {
        Path script = home.resolve("batch.ps1");
        Files.writeString(script, """
                'start'
                1..40 | ForEach-Object {
                    Write-Progress -Activity Batch -Status "Item $_" -PercentComplete ($_ * 2)
                    Start-Sleep -Milliseconds 100
                }
                'end'
                """, StandardCharsets.UTF_8);
        try (TmuxConsole console = TmuxConsole.startWithPrompt("start", home, "-NoProfile", "-File", script.toString())) {
            console.waitFor("Batch [Item ");
            assertThat(console.exitStatus()).isZero();
            assertThat(console.screen()).contains("start\nend\n").doesNotContain("Batch [");
        }
    }

    /**
     * Clear-Host clears the window and what scrolled off it, and the next output starts at the top; Pause waits for
     * Enter with pwsh's prompt.
     */
    @Test
    void clearHostClearsTheScreenAndPauseWaitsForEnter() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("'be' + 'fore'");
            console.waitFor("\nbefore\n");
            console.enter("Clear-Host; 'af' + 'ter'");
            console.waitFor(screen -> screen.startsWith("after\nPS "), TmuxConsole.STEP_MILLIS);
            console.enter("Pause; 'go' + 'ne on'");
            console.waitFor("\nPress Enter to continue...: ");
            console.press("Enter");
            console.waitFor("\ngone on\n");
        }
    }
}
