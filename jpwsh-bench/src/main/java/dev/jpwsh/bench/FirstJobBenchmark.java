package dev.jpwsh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first Start-Job of a jpwsh process, as a user meets it: each run starts a new jpwsh through the launcher
 * (its ahead-of-time class cache, which the job's child process shares) whose first statement starts a trivial job
 * and receives its output ({@link #processWithFirstJob}), beside the same process running a trivial script instead
 * ({@link #processWithoutJob}). The difference of the two is what the first job costs a script (goal: under 300 ms;
 * pwsh takes 1 to 5 s); {@link StartJobBenchmark#trivialJob} gives a later job's. The launcher is
 * {@code jpwsh.bench.launcher} (default {@code ./jpwsh}, so run from the repository's root); the setup runs it once
 * so that it is built and its cache trained before anything is measured. Each run fails unless the output is whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 11)
public class FirstJobBenchmark {
    static final String FIRST_JOB = "Start-Job { 42 } | Receive-Job -Wait -AutoRemoveJob";
    static final String NO_JOB = "42";

    private String launcher;

    @Setup
    public void build() throws IOException, InterruptedException {
        Path path = Path.of(System.getProperty("jpwsh.bench.launcher", "jpwsh")).toAbsolutePath();
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is not the jpwsh launcher: run from the repository's root or "
                    + "set -Djpwsh.bench.launcher");
        }
        launcher = path.toString();
        run(NO_JOB);
    }

    @Benchmark
    public String processWithFirstJob() throws IOException, InterruptedException {
        return run(FIRST_JOB);
    }

    @Benchmark
    public String processWithoutJob() throws IOException, InterruptedException {
        return run(NO_JOB);
    }

    private String run(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(launcher, "-NoProfile", "-NonInteractive", "-c", script))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || !out.equals("42")) {
            throw new IllegalStateException("jpwsh -c '" + script + "' wrote '" + out + "'");
        }
        return out;
    }
}
