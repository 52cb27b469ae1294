package dev.jpwsh.console.options;

import java.nio.file.Path;
import java.util.List;

/** What the command line asks jpwsh to run. */
public sealed interface StartupScript {
    /** A script file: the path as typed, its absolute form, and the arguments after it. */
    record File(String givenPath, Path path, List<ScriptArgument> arguments) implements StartupScript {
    }

    /** Script text from {@code -Command}, {@code -CommandWithArgs} or {@code -EncodedCommand}. */
    record Command(String text, List<ScriptArgument> arguments) implements StartupScript {
    }

    /** Commands read from standard input ({@code -Command -} or {@code -File -}). */
    record StandardInput() implements StartupScript {
    }

    /**
     * {@code -s} (-ServerMode) and {@code -sshs} (-SSHServerMode): serve one PSRP session on the standard streams, for
     * Start-Job's child process or as an OpenSSH subsystem.
     */
    record ServerMode() implements StartupScript {
    }

    /** Nothing to run was named: an interactive session, or standard input when it is redirected. */
    record Interactive() implements StartupScript {
    }
}
