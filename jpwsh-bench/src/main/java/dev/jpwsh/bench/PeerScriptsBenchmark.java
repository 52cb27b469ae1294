package dev.jpwsh.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter issue's comparison with the other JVM interpreters (LuaJ, Rhino, GraalJS, Jython, Nashorn), one
 * {@code script} per column of its table, on exactly the jpwsh scripts, plus the two pipelines the issue asks
 * to make three times faster. Milliseconds per run of the whole script:
 * <ul>
 *   <li>{@code loop}: {@value #LOOP}
 *   <li>{@code fib}: {@value #FIB}
 *   <li>{@code stringBuilderAppend}: {@value #STRING_BUILDER_APPEND}
 *   <li>{@code interpolation}: {@value #INTERPOLATION}
 *   <li>{@code map}: {@value #MAP} (the "{@code $m["k$i"] = $i} then {@code $sum += $m["k$i"]} on
 *       {@code @{}}": 100,000 puts, then 100,000 gets in a second loop)
 *   <li>{@code foreachObjectSum}: {@value #FOREACH_OBJECT_SUM}
 *   <li>{@code whereObject}: {@value #WHERE_OBJECT}
 * </ul>
 * The string and map scripts end with one value to check ({@code $sb.Length}, {@code $sum}), and their loops run at
 * the top level of the script, as the issue writes them; only {@code loop} and {@code fib} are functions.
 *
 * <p>As the issue measured, through the hosting API with one runspace per context: each thread opens a runspace
 * once per trial (opening one is {@link RunspaceBenchmark#runspaceLife}, its own row), and each operation invokes
 * the script with a new {@code PowerShell} on it, in the runspace's global scope, keeping its output; the script is
 * parsed and compiled once per process, as it is for every runspace. The setup runs the script once and fails
 * unless its output is the right one (fib 25 = 75025, the loop's sum 500000500000, ...).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerScriptsBenchmark {
    static final String LOOP =
            "function loop { $s = 0; for ($i = 1; $i -le 1000000; $i++) { $s += $i }; $s }; loop";
    /** The recursive fib, defined; {@link ThreadScalingBenchmark} calls it too. */
    static final String FIB_FUNCTION =
            "function fib($n) { if ($n -lt 2) { $n } else { (fib ($n - 1)) + (fib ($n - 2)) } }";
    static final String FIB = FIB_FUNCTION + "; fib 25";
    static final String STRING_BUILDER_APPEND = "$sb = [System.Text.StringBuilder]::new(); "
            + "for ($i = 1; $i -le 100000; $i++) { [void]$sb.Append('xy') }; $sb.Length";
    static final String INTERPOLATION = "$sb = [System.Text.StringBuilder]::new(); "
            + "for ($i = 1; $i -le 100000; $i++) { [void]$sb.Append(\"k$i;\") }; $sb.Length";
    static final String MAP = "$m = @{}; for ($i = 1; $i -le 100000; $i++) { $m[\"k$i\"] = $i }; "
            + "$sum = 0; for ($i = 1; $i -le 100000; $i++) { $sum += $m[\"k$i\"] }; $sum";
    static final String FOREACH_OBJECT_SUM = "1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum";
    static final String WHERE_OBJECT = "1..1000000 | Where-Object { $_ % 7 -eq 0 }";

    /** A script, a check run on its output in {@code $benchOutput}, and the check's expected output. */
    private record Row(String script, String check, String expected) {
    }

    private static final String SCALAR = "\"$benchOutput\"";
    private static final Map<String, Row> ROWS = Map.of(
            "loop", new Row(LOOP, SCALAR, String.valueOf(1_000_000L * 1_000_001L / 2)),
            "fib", new Row(FIB, SCALAR, "75025"),
            "stringBuilderAppend", new Row(STRING_BUILDER_APPEND, SCALAR, String.valueOf(2 * 100_000)),
            "interpolation", new Row(INTERPOLATION, SCALAR,
                    String.valueOf(IntStream.rangeClosed(1, 100_000).map(i -> ("k" + i + ";").length()).sum())),
            "map", new Row(MAP, SCALAR, String.valueOf(100_000L * 100_001L / 2)),
            "foreachObjectSum", new Row(FOREACH_OBJECT_SUM, "\"$($benchOutput.Count) $($benchOutput[0].Sum)\"",
                    "1 " + 1_000_000L * 1_000_001L),
            "whereObject", new Row(WHERE_OBJECT, "\"$($benchOutput.Count) $($benchOutput[-1])\"",
                    1_000_000 / 7 + " " + 1_000_000 / 7 * 7));

    @Param({"loop", "fib", "stringBuilderAppend", "interpolation", "map", "foreachObjectSum", "whereObject"})
    public String script;

    private String text;
    private BenchRunspace runspace;

    @Setup
    public void open() {
        Row row = ROWS.get(script);
        if (row == null) {
            throw new IllegalArgumentException("no script " + script + "; the scripts are " + ROWS.keySet());
        }
        text = row.script();
        runspace = BenchRunspace.open();
        runspace.expect(row.script(), row.check(), row.expected());
    }

    @TearDown
    public void close() {
        runspace.close();
    }

    @Benchmark
    public Object run() {
        return runspace.invoke(text);
    }
}
