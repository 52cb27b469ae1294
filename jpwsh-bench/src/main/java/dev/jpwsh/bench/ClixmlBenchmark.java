package dev.jpwsh.bench;

import dev.jpwsh.dotnet.collections.PSCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * CLIXML throughput, as the data issue asks: 100,000 small custom objects ({@code A} a number, {@code B} a string)
 * written by Export-Clixml to a file in a temporary folder, and that file read back by Import-Clixml, on one open
 * runspace. The score is time per object. Each run is checked: the file's length, and the count and last element of
 * what is read back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
public class ClixmlBenchmark {
    static final int OBJECTS = 100_000;
    private static final String SETUP = "$global:objects = 1..100000 | ForEach-Object { [pscustomobject]@{ A = $_; "
            + "B = 'x' } }; $objects | Export-Clixml -LiteralPath $file; (Get-Item -LiteralPath $file).Length";

    private BenchRunspace runspace;
    private Path folder;
    private long fileLength;

    @Setup
    public void open() throws IOException {
        folder = Files.createTempDirectory("jpwsh-clixml-bench");
        runspace = BenchRunspace.open();
        runspace.invoke("$global:file = '" + folder.resolve("objects.clixml") + "'");
        fileLength = ((Number) runspace.invoke(SETUP).getFirst()).longValue();
    }

    @TearDown
    public void close() {
        runspace.close();
        try {
            Files.deleteIfExists(folder.resolve("objects.clixml"));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Object exportClixml() {
        PSCollection output = runspace.invoke("$objects | Export-Clixml -LiteralPath $file; "
                + "(Get-Item -LiteralPath $file).Length");
        if (output.size() != 1 || ((Number) output.getFirst()).longValue() != fileLength) {
            throw new IllegalStateException("Export-Clixml gave " + output);
        }
        return output;
    }

    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Object importClixml() {
        PSCollection output = runspace.invoke("$back = @(Import-Clixml -LiteralPath $file); $back.Count; "
                + "$back[-1].A");
        if (output.size() != 2 || ((Number) output.get(0)).intValue() != OBJECTS
                || ((Number) output.get(1)).intValue() != OBJECTS) {
            throw new IllegalStateException("Import-Clixml gave " + output);
        }
        return output;
    }
}
