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
 * JSON throughput, as the data issue asks: 100,000 small custom objects ({@code A} a number, {@code B} a string)
 * written by ConvertTo-Json as one compressed array, and that text read back by ConvertFrom-Json, on one open
 * runspace that holds both. The score is time per object. Each run is checked: the text's length, and the count and
 * last element of what is read back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
public class JsonBenchmark {
    static final int OBJECTS = 100_000;
    private static final String SETUP = "$global:objects = 1..100000 | ForEach-Object { [pscustomobject]@{ A = $_; "
            + "B = 'x' } }; $global:json = ConvertTo-Json -InputObject $objects -Compress; $json.Length";

    private BenchRunspace runspace;
    private int jsonLength;

    @Setup
    public void open() {
        runspace = BenchRunspace.open();
        jsonLength = ((Number) runspace.invoke(SETUP).getFirst()).intValue();
    }

    @TearDown
    public void close() {
        runspace.close();
    }

    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Object convertToJson() {
        PSCollection output = runspace.invoke("ConvertTo-Json -InputObject $objects -Compress");
        if (output.size() != 1 || String.valueOf(output.getFirst()).length() != jsonLength) {
            throw new IllegalStateException("ConvertTo-Json gave " + output.size() + " items");
        }
        return output;
    }

    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Object convertFromJson() {
        PSCollection output = runspace.invoke("$back = ConvertFrom-Json -InputObject $json -NoEnumerate; "
                + "$back.Count; $back[-1].A");
        if (output.size() != 2 || ((Number) output.get(0)).intValue() != OBJECTS
                || ((Number) output.get(1)).intValue() != OBJECTS) {
            throw new IllegalStateException("ConvertFrom-Json gave " + output);
        }
        return output;
    }
}
