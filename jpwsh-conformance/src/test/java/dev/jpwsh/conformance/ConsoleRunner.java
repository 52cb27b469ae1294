package dev.jpwsh.conformance;

import dev.jpwsh.console.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a script the way the corpus was recorded with pwsh ({@code pwsh -NoProfile -NonInteractive -File path args},
 * standard input empty, both output streams redirected), but in this JVM through the console's entry point. This
 * is the corpus's first configuration; pooled runspaces and out-of-process runs are to come beside it.
 */
final class ConsoleRunner {
    private ConsoleRunner() {
    }

    static Outcome run(GoldenScript script) {
        List<String> args = new ArrayList<>(List.of("-NoProfile", "-NonInteractive", "-File",
                script.path().toAbsolutePath().toString()));
        args.addAll(script.directives().arguments());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), outStream,
                    errStream);
        }
        return Outcome.of(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
