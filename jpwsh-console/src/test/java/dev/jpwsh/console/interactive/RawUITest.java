package dev.jpwsh.console.interactive;

import org.junit.jupiter.api.Test;

/**
 * {@code $Host.UI.RawUI} in a real 120 by 40 terminal (tmux): the window, the cursor, the colours, no key waiting, the
 * title, a key read.
 */
class RawUITest extends TerminalTestBase {
    @Test
    void theWindowTheCursorTheTitleAndAKey() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("$raw = $Host.UI.RawUI; \"$($raw.WindowSize) $($raw.BufferSize.Width) $($raw.ForegroundColor)\"");
            console.waitFor("\n120,40 120 -1\n");
            console.run("'x'; $raw.CursorPosition.X");
            console.waitFor("\nx\n0\n");
            console.run("\"bg=$($raw.BackgroundColor) key=$($raw.KeyAvailable)\"");
            console.waitFor("\nbg=-1 key=False\n");
            console.run("$raw.WindowTitle = 'jpwsh test'; $raw.WindowTitle");
            console.waitFor("\njpwsh test\n");
            console.enter("'ready'; $key = $raw.ReadKey('NoEcho,IncludeKeyDown'); \"$($key.Character) $($key.VirtualKeyCode)\"");
            console.waitFor("\nready\n");
            console.type("q");
            console.waitFor("q 81\n");
        }
    }
}
