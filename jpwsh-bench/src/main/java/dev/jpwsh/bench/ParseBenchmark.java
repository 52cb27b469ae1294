package dev.jpwsh.bench;

import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parses one script held in memory: by default our own {@code bench/large-script.ps1}; {@code -p file=PATH}
 * parses any file instead. Throughput is reported twice: parses per second ({@code parse}) and source bytes per
 * second ({@code parse:bytes}); MB/s = bytes per second / 1,000,000 = file size in bytes × parses per second /
 * 1,000,000. The setup refuses a script with parse errors, so the error path is never what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ParseBenchmark {
    private static final int ERRORS_SHOWN = 20;

    @Param("classpath:bench/large-script.ps1")
    public String file;

    private BenchScript script;

    @Setup(Level.Trial)
    public void load() {
        script = BenchScript.load(file);
        List<ParseError> errors = Parser.parse(script.source()).errors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(describe(errors));
        }
    }

    @Benchmark
    public ParseResult parse(ParsedBytes counter) {
        counter.bytes += script.byteCount();
        return Parser.parse(script.source());
    }

    private String describe(List<ParseError> errors) {
        String shown = errors.stream().limit(ERRORS_SHOWN).map(ParseBenchmark::describe)
                .collect(Collectors.joining(System.lineSeparator() + "  "));
        String more = errors.size() > ERRORS_SHOWN ? System.lineSeparator() + "  ..." : "";
        return file + " has " + errors.size() + " parse errors; a benchmark must not measure the error path:"
                + System.lineSeparator() + "  " + shown + more;
    }

    private static String describe(ParseError error) {
        int line = error.extent().startPosition().line();
        return error + " | " + error.extent().source().lineText(line).strip();
    }
}
