package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpwsh.console.ssh.SshServerFixture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Enter-PSSession -HostName in a real terminal (tmux) against a private OpenSSH server whose {@code powershell}
 * subsystem is jpwsh ({@link SshServerFixture}; skipped where it cannot run): the prompt becomes pwsh's
 * {@code [127.0.0.1]: PS path> }, typed commands run in the server's process (formatted there, their warnings shown
 * here), Ctrl+C stops the remote command and leaves the session (and its ssh) running, and {@code exit} comes back
 * to the console's own runspace, in this process.
 */
class SshSessionTest extends TerminalTestBase {
    private static final String REMOTE_PROMPT = "[127.0.0.1]: PS ";

    @Test
    void enterPSSessionOverSshRunsCommandsOnTheServerUntilExit() throws Exception {
        String unavailable = SshServerFixture.unavailableReason();
        assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
        try (SshServerFixture server = SshServerFixture.start();
                TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("\"local:$PID\"");
            long localPid = number(console.waitFor("\nlocal:"), "\nlocal:(\\d+)\n");
            console.enter("Enter-PSSession " + server.connection());
            console.waitFor(screen -> remotePrompts(screen) == 1, TmuxConsole.STARTUP_MILLIS);
            console.enter("\"remote:$PID\"; [pscustomobject]@{ Answer = 42 }");
            String screen = console.waitFor(s -> s.contains("\nAnswer\n------\n    42\n") && remotePrompts(s) == 2,
                    TmuxConsole.STEP_MILLIS);
            assertThat(number(screen, "\nremote:(\\d+)\n")).isNotEqualTo(localPid);

            console.enter("Write-Warning 'careful'; 'done'");
            console.waitFor(s -> remotePrompts(s) == 3, TmuxConsole.STEP_MILLIS);
            assertThat(console.screen()).contains("\nWARNING: careful\ndone\n");

            console.enter("'sleeping'; Start-Sleep 60");
            console.waitFor(s -> s.contains("\nsleeping\n"), TmuxConsole.STEP_MILLIS);
            Thread.sleep(500);
            console.press("C-c");
            console.waitFor(s -> remotePrompts(s) == 4, TmuxConsole.STEP_MILLIS);
            console.enter("\"still:$PID\"");
            assertThat(number(console.waitFor("\nstill:"), "\nstill:(\\d+)\n")).isNotEqualTo(localPid);

            console.enter("exit");
            console.run("\"back:$PID\"");
            console.waitFor("\nback:" + localPid + "\n");
        }
    }

    private static long remotePrompts(String screen) {
        return screen.lines().filter(line -> line.startsWith(REMOTE_PROMPT)).count();
    }

    private static long number(String screen, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(screen);
        assertThat(m.find()).as("the screen shows %s:%n%s", pattern, screen).isTrue();
        return Long.parseLong(m.group(1));
    }
}
