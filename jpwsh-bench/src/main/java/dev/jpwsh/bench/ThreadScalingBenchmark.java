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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter issue's "2-thread speedup": the same script, {@value #SCRIPT}, run by one thread
 * ({@link #oneThread}) and by two at once ({@link #twoThreads}), each thread on a runspace of its own opened once per
 * trial and invoking the script as {@link PeerScriptsBenchmark} does. Both report throughput, runs per second summed
 * over the threads, and
 * <pre>speedup = twoThreads / oneThread</pre>
 * (2.0 when two threads share nothing; equivalently 2 × the one-thread time per run / the two-thread time per run).
 * On a machine with two cores the figure also counts whatever else runs on it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThreadScalingBenchmark {
    static final String SCRIPT = PeerScriptsBenchmark.FIB_FUNCTION + "; fib 20";

    private BenchRunspace runspace;

    @Setup
    public void open() {
        runspace = BenchRunspace.open();
        runspace.expect(SCRIPT, "\"$benchOutput\"", "6765");
    }

    @TearDown
    public void close() {
        runspace.close();
    }

    @Benchmark
    @Threads(1)
    public Object oneThread() {
        return runspace.invoke(SCRIPT);
    }

    @Benchmark
    @Threads(2)
    public Object twoThreads() {
        return runspace.invoke(SCRIPT);
    }
}
