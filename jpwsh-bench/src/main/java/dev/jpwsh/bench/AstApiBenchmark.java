package dev.jpwsh.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The language API as scripts call it, on {@link ParseBenchmark}'s script (passed as {@code $args[0]}), each run in a
 * new session: {@code parseInput} is {@code [Parser]::ParseInput} with its tokens and errors; {@code findAllVariables}
 * adds a {@code FindAll} with a script block predicate over every node, keeping the VariableExpressionAst ones.
 * Compare {@code parseInput} with {@code ParseBenchmark.parse} (jpwsh's own parse of the same text, no session) for
 * the cost of PowerShell's view of the tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AstApiBenchmark {
    private static final String PARSE = "$tokens = $null; $errors = $null; "
            + "$ast = [System.Management.Automation.Language.Parser]::ParseInput($args[0], [ref]$tokens, "
            + "[ref]$errors); "
            + "if ($errors.Count -ne 0) { throw 'parse errors' }; ";
    private static final Map<String, String> SCRIPTS = Map.of(
            "parseInput", PARSE + "$tokens.Count",
            "findAllVariables", PARSE + "$ast.FindAll({ $args[0] -is "
                    + "[System.Management.Automation.Language.VariableExpressionAst] }, $true).Count");

    @Param("classpath:bench/large-script.ps1")
    public String file;

    @Param({"parseInput", "findAllVariables"})
    public String script;

    private String text;
    private SessionScript session;

    @Setup
    public void load() {
        text = BenchScript.load(file).source().text();
        session = new SessionScript(script, SCRIPTS.get(script));
    }

    @Benchmark
    public int run(Blackhole out) {
        return session.run(out, List.of(text));
    }
}
