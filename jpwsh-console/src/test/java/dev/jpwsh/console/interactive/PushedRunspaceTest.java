package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.remoting.transport.PipeNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Enter-PSHostProcess in a real terminal (tmux) against a second jpwsh process's pipe: the prompt becomes pwsh's
 * {@code [Process:id]: PS path> }, typed commands run in that process (their output formatted there), Ctrl+C stops
 * the remote command alone, and {@code exit} goes back to the console's own runspace.
 */
class PushedRunspaceTest extends TerminalTestBase {
    @Test
    void enterPSHostProcessRunsCommandsInTheOtherProcessUntilExit() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.jpwsh.console.Main", "-NoProfile", "-Command",
                "Start-Sleep 600").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            long pid = server.pid();
            awaitPipe(pid);
            console.enter("Enter-PSHostProcess -Id " + pid);
            String remotePrompt = "[Process:" + pid + "]: PS ";
            console.waitFor(screen -> screen.lines().anyMatch(l -> l.startsWith(remotePrompt)), TmuxConsole.STEP_MILLIS);
            console.enter("\"remote $PID\"; [pscustomobject]@{ Answer = 42 }");
            String screen = console.waitFor("\nAnswer\n------\n    42\n");
            assertThat(screen).contains("\nremote " + pid + "\n");
            // the next command is typed once the prompt is back: keys typed before it are echoed ahead of it
            console.waitFor(s -> prompts(s, remotePrompt) == 2, TmuxConsole.STEP_MILLIS);
            console.enter("Start-Sleep 60; 'not reached'");
            Thread.sleep(500);
            console.press("C-c");
            console.waitFor(s -> prompts(s, remotePrompt) == 3, TmuxConsole.STEP_MILLIS);
            console.enter("exit");
            console.run("\"local $PID\"");
            assertThat(console.screen()).doesNotContain("\nnot reached\n").doesNotContain("local " + pid + "\n");
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long prompts(String screen, String prompt) {
        return screen.lines().filter(l -> l.startsWith(prompt)).count();
    }

    /** Waits until the process listens on its pipe (its runspace opened). */
    private static void awaitPipe(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TmuxConsole.STARTUP_MILLIS);
        while (System.nanoTime() < deadline) {
            if (PipeNames.forProcess(pid).map(PipeNames::socketFile).filter(Files::exists).isPresent()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("process " + pid + " opened no pipe");
    }
}
