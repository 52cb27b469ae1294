package dev.jpwsh.console.interactive;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every test of the console in a real terminal shares: a home folder of its own (HOME, XDG_DATA_HOME and
 * XDG_CONFIG_HOME under it), a bound on its time, and tmux, without which it is skipped.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
abstract class TerminalTestBase {
    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(TmuxConsole.tmuxInstalled(), "tmux is not installed");
    }
}
