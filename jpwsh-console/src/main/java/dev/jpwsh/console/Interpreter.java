package dev.jpwsh.console;

import dev.jpwsh.console.options.ScriptArgument;
import dev.jpwsh.engine.ScriptRunner;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.format.OutDefault;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a parsed script in a new session with the console as host, and returns the exit code. That session's
 * runspace is the process's primary one: when it closes, every other runspace still open is disposed.
 */
final class Interpreter {
    private Interpreter() {
    }

    static int run(ParseResult parsed, List<ScriptArgument> arguments, ConsoleOutput output) {
        SourceText source = parsed.ast().extent().source();
        ConsoleHost host = new ConsoleHost(output);
        try (ScriptRunner runner = new ScriptRunner(host); OutDefault out = new OutDefault(host::writeLine)) {
            host.attach(runner.runspace());
            markPrimary(runner.runspace());
            return runner.run(source, parsed.ast(), commandArguments(arguments), out);
        } finally {
            output.flush();
        }
    }

    /**
     * Marks the console's runspace primary, unless an earlier console session of this process still holds the mark
     * (a host embedding the console whose session never ended): this session's runspace is then an ordinary one.
     */
    private static void markPrimary(Runspace runspace) {
        try {
            Runspace.setPrimaryRunspace(runspace);
        } catch (PSRuntimeException alreadySet) {
            // PrimaryRunspaceAlreadySet: the earlier session keeps the mark
        }
    }

    private static List<CommandArgument> commandArguments(List<ScriptArgument> arguments) {
        List<CommandArgument> args = new ArrayList<>();
        for (ScriptArgument a : arguments) {
            args.add(switch (a) {
                case ScriptArgument.Parameter p -> CommandArgument.parameter(p.name().substring(1));
                case ScriptArgument.ParameterWithValue p -> CommandArgument.parameterWithValue(p.name().substring(1),
                        p.value());
                case ScriptArgument.Positional p -> CommandArgument.value(p.value());
            });
        }
        return args;
    }
}
