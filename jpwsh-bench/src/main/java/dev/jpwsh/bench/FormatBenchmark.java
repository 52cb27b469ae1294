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
 * Formatting throughput, as the objects-and-output issue asks: 100,000 custom objects made by ForEach-Object,
 * through Format-Table and Out-String, on one open runspace. The score is time per object; its inverse is
 * objects per second. The run is checked: one string with a header, a rule and one row per object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
public class FormatBenchmark {
    static final int OBJECTS = 100_000;
    static final String FORMAT_TABLE = "1..100000 | ForEach-Object { [pscustomobject]@{ A = $_; B = \"x$_\" } } "
            + "| Format-Table | Out-String";

    /** The lines of the text: a blank line, header, dashes, the rows, a blank line and the final empty piece. */
    private static final int LINES = OBJECTS + 5;

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
    @OperationsPerInvocation(OBJECTS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object formatTable() {
        PSCollection output = runspace.invoke(FORMAT_TABLE);
        if (output.size() != 1 || String.valueOf(output.getFirst()).split("\n", -1).length != LINES) {
            throw new IllegalStateException("Format-Table | Out-String gave " + output.size() + " items");
        }
        return output;
    }
}
