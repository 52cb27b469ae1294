package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code $Host.UI.RawUI} in a real 120 by 40 terminal (tmux): the window, the cursor, the title, a key read. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RawUITest {
    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(TmuxConsole.tmuxInstalled(), "tmux is not installed");
    }

    @Test
    void theWindowTheCursorTheTitleAndAKey() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("$raw = $Host.UI.RawUI; \"$($raw.WindowSize) $($raw.BufferSize.Width) $($raw.ForegroundColor)\"");
            console.waitFor("\n120,40 120 -1\n");
            console.run("'x'; $raw.CursorPosition.X");
            console.waitFor("\nx\n0\n");
            console.run("$raw.WindowTitle = 'jpwsh test'; $raw.WindowTitle");
            console.waitFor("\njpwsh test\n");
            console.enter("$key = $raw.ReadKey('NoEcho,IncludeKeyDown'); \"$($key.Character) $($key.VirtualKeyCode)\"");
            Thread.sleep(500);
            console.type("q");
            String screen = console.waitFor("\nq 81\n");
            assertThat(screen).doesNotContain("\nqq");
        }
    }
}
