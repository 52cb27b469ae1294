package dev.jpwsh.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The interpreter's speed on the scripts the interpreter issue names: a counting loop, ForEach-Object over a
 * range, recursive fib, a large hashtable and string building. Each run executes the whole script in a new
 * session with its output discarded; compiled code is cached across runs, as it is across runspaces.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InterpreterBenchmark {
    private static final Map<String, String> SCRIPTS = Map.of(
            "loop", "$sum = 0; for ($i = 0; $i -lt 1000000; $i++) { $sum += $i }; $sum",
            "foreachObject", "$r = 1..100000 | ForEach-Object { $_ * 2 }; $r.Count",
            "fib", "function fib($n) { if ($n -lt 2) { return $n }; (fib ($n - 1)) + (fib ($n - 2)) }; fib 25",
            "hashtable", "$h = @{}; for ($i = 0; $i -lt 100000; $i++) { $h[$i] = $i }; $h.Count",
            "strings", "$sb = [System.Text.StringBuilder]::new(); for ($i = 0; $i -lt 100000; $i++) { "
                    + "[void]$sb.Append(\"item $i;\") }; $sb.Length");

    @Param({"loop", "foreachObject", "fib", "hashtable", "strings"})
    public String script;

    private SessionScript session;

    @Setup
    public void parse() {
        session = new SessionScript(script, SCRIPTS.get(script));
    }

    @Benchmark
    public int run(Blackhole out) {
        return session.run(out);
    }
}
