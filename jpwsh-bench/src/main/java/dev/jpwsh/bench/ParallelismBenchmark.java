package dev.jpwsh.bench;

import dev.jpwsh.dotnet.collections.PSCollection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter issue's parallelism goals, each script invoked through the hosting API on a runspace opened once
 * per trial (as {@link PeerScriptsBenchmark} does), timed one run at a time (these runs take seconds):
 * <ul>
 *   <li>{@link #foreachObjectParallel}: {@value #FOREACH_OBJECT_PARALLEL}, in microseconds per item (the run's time
 *       / {@value #PARALLEL_ITEMS});
 *   <li>{@link #threadJobs}: {@value #THREAD_JOBS}, in milliseconds per run of {@value #JOBS} jobs: all jobs are
 *       started, then all are received (each waited for and removed, so no job outlives its run).
 * </ul>
 * Each run fails unless it output one item per input item or job.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(1)
public class ParallelismBenchmark {
    static final int PARALLEL_ITEMS = 100_000;
    static final int JOBS = 1000;
    static final String FOREACH_OBJECT_PARALLEL = "1..100000 | ForEach-Object -Parallel { $_ } -ThrottleLimit 4";
    static final String THREAD_JOBS = "$jobs = foreach ($i in 1..1000) { Start-ThreadJob { 1 } }; "
            + "$jobs | Receive-Job -Wait -AutoRemoveJob";

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
    @OperationsPerInvocation(PARALLEL_ITEMS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5) // fewer leave the figure up to twice as high: the JIT is still at work on the 2nd run
    @Measurement(iterations = 15)
    public Object foreachObjectParallel() {
        return checkedCount(runspace.invoke(FOREACH_OBJECT_PARALLEL), PARALLEL_ITEMS);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object threadJobs() {
        return checkedCount(runspace.invoke(THREAD_JOBS), JOBS);
    }

    private static PSCollection checkedCount(PSCollection output, int expected) {
        if (output.size() != expected) {
            throw new IllegalStateException(expected + " items expected, " + output.size() + " came");
        }
        return output;
    }
}
