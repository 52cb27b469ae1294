package dev.jpwsh.bench;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-Job against the remoting issue's goals, on a runspace opened once per trial: {@link #trivialJob}, a trivial
 * script from Start-Job until its output is received (goal: under 300 ms; pwsh takes 1 to 5 s), and
 * {@link #tenJobsBackToBack}, ten jobs started one after another and received together, and {@link #stream100000},
 * 100,000 numbers streamed back from a job's child process. Each job runs in a new child JVM (a spare one when one is
 * ready, see {@code remoting.client.ChildProcess}); the benchmark JVM's class path has no
 * ahead-of-time class cache, so a child here starts slower than one the launcher starts. Each run fails unless the
 * job's output is whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class StartJobBenchmark {
    static final String TRIVIAL_JOB = "Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob";
    static final String STREAM_JOB = "Start-Job { 1..100000 } | Receive-Job -Wait -AutoRemoveJob";
    static final String TEN_JOBS = "1..10 | ForEach-Object { Start-Job { 1 } } | Receive-Job -Wait -AutoRemoveJob";

    private BenchRunspace runspace;

    @Setup
    public void open() {
        runspace = BenchRunspace.open();
    }

    @TearDown
    public void close() {
        runspace.close();
    }

    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public Object trivialJob() {
        return checked(runspace.invoke(TRIVIAL_JOB).size(), 1);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 5)
    public Object tenJobsBackToBack() {
        return checked(runspace.invoke(TEN_JOBS).size(), 10);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 5)
    public Object stream100000() {
        return checked(runspace.invoke(STREAM_JOB).size(), 100_000);
    }

    private static int checked(int count, int expected) {
        if (count != expected) {
            throw new IllegalStateException(expected + " items expected, " + count + " came");
        }
        return count;
    }
}
