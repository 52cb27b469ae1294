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
 * Script classes against what scripts use without them, 100,000 operations per run in one new session: a method
 * call on a class instance against a function call, a typed property's get and set against a hashtable entry's,
 * and {@code [MyClass]::new()} against a hashtable literal. The class is generated in the first run and shared by
 * the later ones, as by runspaces; each run's time over 100,000 is the time of one operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClassBenchmark {
    private static final String CLASS =
            "class Counter { [int]$Value; [int] Add([int]$n) { return $this.Value + $n } }; ";
    private static final String LOOP = "for ($i = 0; $i -lt 100000; $i++) ";
    private static final Map<String, String> SCRIPTS = Map.of(
            "methodCall", CLASS + "$c = [Counter]::new(); $s = 0; " + LOOP + "{ $s = $c.Add($i) }; $s",
            "functionCall", "function Add($n) { return $n + 1 }; $s = 0; " + LOOP + "{ $s = Add $i }; $s",
            "propertyGetSet", CLASS + "$c = [Counter]::new(); " + LOOP + "{ $c.Value = $c.Value + 1 }; $c.Value",
            "hashtableGetSet", "$h = @{ Value = 0 }; " + LOOP + "{ $h.Value = $h.Value + 1 }; $h.Value",
            "newInstance", CLASS + LOOP + "{ $c = [Counter]::new() }; $c.Value",
            "newHashtable", LOOP + "{ $c = @{ Value = 0 } }; $c.Value");

    @Param({"methodCall", "functionCall", "propertyGetSet", "hashtableGetSet", "newInstance", "newHashtable"})
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
