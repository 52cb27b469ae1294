package dev.jpwsh.bench;

import dev.jpwsh.engine.ScriptRunner;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.runspaces.DefaultHost;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A benchmark's script: parsed once, then run whole in a new session each time, its output consumed. Compiled code
 * is cached across runs, as it is across runspaces.
 */
final class SessionScript {
    private final String name;
    private final SourceText source;
    private final ParseResult parsed;

    SessionScript(String name, String text) {
        this.name = name;
        source = new SourceText("", text);
        parsed = Parser.parse(source);
        if (parsed.hasErrors()) {
            throw new IllegalStateException(parsed.errors().toString());
        }
    }

    /** Runs the script in a new session; its exit code, which must be 0. */
    int run(Blackhole out) {
        return run(out, List.of());
    }

    /** Runs the script in a new session with {@code arguments} as its {@code $args}; its exit code, 0. */
    int run(Blackhole out, List<Object> arguments) {
        int code;
        try (ScriptRunner runner = new ScriptRunner(new DefaultHost())) {
            code = runner.run(source, parsed.ast(), arguments.stream().map(CommandArgument::value).toList(),
                    out::consume);
        }
        if (code != 0) {
            throw new IllegalStateException("script failed: " + name);
        }
        return code;
    }
}
