package dev.jpwsh.conformance;

import dev.jpwsh.console.Main;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a script the way the corpus was recorded with pwsh ({@code pwsh -NoProfile -NonInteractive -File path args},
 * standard input empty, both output streams redirected), but in this JVM through the console's entry point. This
 * is the corpus's first configuration; pooled runspaces and out-of-process runs are to come beside it. A script
 * with {@code #! process: own} runs in a new JVM on this test's class path instead, so that it sees a process of its
 * own (runspace ids from 1, no runspaces of other scripts).
 */
final class ConsoleRunner {
    private ConsoleRunner() {
    }

    static Outcome run(GoldenScript script) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-NoProfile", "-NonInteractive", "-File",
                script.path().toAbsolutePath().toString()));
        script.directives().arguments().forEach(argument -> args.add(WebTestServer.substitute(argument)));
        return script.directives().ownProcess() ? runInOwnProcess(args) : runHere(args);
    }

    private static Outcome runHere(List<String> args) {
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

    /** Runs {@code Main} in a child JVM; interrupting the waiting thread (a timeout) kills the child. */
    private static Outcome runInOwnProcess(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Path stdout = Files.createTempFile("golden", ".out");
        Path stderr = Files.createTempFile("golden", ".err");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            int exitCode = process.waitFor();
            return Outcome.of(exitCode, Files.readString(stdout), Files.readString(stderr));
        } finally {
            process.destroyForcibly();
            Files.delete(stdout);
            Files.delete(stderr);
        }
    }
}
