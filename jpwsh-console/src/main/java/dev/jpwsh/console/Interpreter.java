package dev.jpwsh.console;

import dev.jpwsh.console.line.LineEditor;
import dev.jpwsh.console.line.TerminalWindow;
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
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs a parsed script in a new session with the console as host, and returns the exit code. That session's
 * runspace is the process's primary one: when it closes, every other runspace still open is disposed.
 *
 * <p>The script runs on a platform thread of its own with a stack of {@value #PIPELINE_STACK_SIZE} bytes, whatever
 * thread calls: how deep scripts may recurse depends on that stack alone (see {@code StackGuard}). pwsh gives its
 * pipeline threads 10,000,000 bytes ({@code LocalPipeline.DefaultPipelineStackSize}), where a recursive script block
 * reaches some 4,700 levels; a jpwsh script call takes about 1.1 KB of stack before the JIT compiles the
 * interpreter, so 8 MB reaches some 7,000. More would let runaway recursion run longer before it fails: each call
 * resolves its command through every scope below it, so the time to fail grows with the square of the depth. The
 * memory is reserved, not committed, until a script goes that deep.
 */
final class Interpreter {
    static final long PIPELINE_STACK_SIZE = 8L << 20;
    /** How long an interrupted caller waits for the stopped script's session to close. */
    private static final long STOP_GRACE_MILLIS = 30_000;

    /**
     * Ctrl+C (SIGINT), which stops the running script as pwsh's break handler does instead of ending the process:
     * the script's {@code finally} blocks run, the stop is reported as an error and the exit code is 1, as pwsh's
     * console reports an exception from the -File or -Command pipeline. The JDK's {@code sun.misc.Signal} is the
     * only way a Java program handles a signal.
     */
    private static final Signal INTERRUPT = new Signal("INT");

    private Interpreter() {
    }

    /**
     * How the console's session runs: in {@code workingDirectory} first made the current location when it is not
     * null, with the profiles run when {@code loadProfiles}, and, when {@code lineEditor} is not null, as an
     * interactive session after the script (if any), reading commands with that editor. Without one, prompts
     * (Read-Host, PromptForChoice) read their answers from {@code redirectedInput} when it is not null (standard
     * input redirected, as pwsh reads it then), and fail as in NonInteractive mode when it is.
     */
    record Session(String workingDirectory, boolean loadProfiles, LineEditor lineEditor, LineEditor redirectedInput) {
        /** {@return this session with prompts answered from {@code input}} */
        Session answeringFrom(LineEditor input) {
            return new Session(workingDirectory, loadProfiles, lineEditor, input);
        }
    }

    /**
     * Runs the script ({@code parsed}, null for none) in a session. When the calling thread is interrupted (a host
     * giving up on the script), the script is stopped as Ctrl+C stops it and its session closed before this returns,
     * for at most {@value #STOP_GRACE_MILLIS} ms: a session left running behind the caller's back would, as the
     * primary one, dispose the runspaces of whatever the host runs next.
     */
    static int run(ParseResult parsed, List<ScriptArgument> arguments, ConsoleOutput output, Session session) {
        int[] exitCode = new int[1];
        Throwable[] failure = new Throwable[1];
        AtomicReference<ScriptRunner> running = new AtomicReference<>();
        Thread pipeline = Thread.ofPlatform().name("jpwsh pipeline").stackSize(PIPELINE_STACK_SIZE).start(() -> {
            try {
                exitCode[0] = runHere(parsed, arguments, output, session, running);
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        try {
            pipeline.join();
        } catch (InterruptedException interrupted) {
            stopAndWait(pipeline, running);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the script ran", interrupted);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return exitCode[0];
    }

    private static void stopAndWait(Thread pipeline, AtomicReference<ScriptRunner> running) {
        ScriptRunner runner = running.get();
        if (runner != null) {
            runner.stop();
        }
        pipeline.interrupt();
        try {
            pipeline.join(STOP_GRACE_MILLIS);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }

    private static int runHere(ParseResult parsed, List<ScriptArgument> arguments, ConsoleOutput output,
            Session session, AtomicReference<ScriptRunner> running) {
        ConsoleHost host = new ConsoleHost(output);
        LineEditor editor = session.lineEditor();
        if (editor != null) {
            host.makeInteractive(editor);
        } else if (session.redirectedInput() != null) {
            host.answerFrom(session.redirectedInput());
        }
        if (editor == null && output.terminal().output() && output.processStreams()) {
            host.drawProgress(TerminalWindow::columns, TerminalWindow::rows);
        }
        try (ScriptRunner runner = new ScriptRunner(host)) {
            host.attach(runner.runspace());
            running.set(runner);
            markPrimary(runner.runspace());
            // Ctrl+C: the line editor's terminal takes the signal over once it is set up, and calls the same action
            SignalHandler previous = Signal.handle(INTERRUPT, signal -> runner.stop());
            if (editor != null) {
                editor.onInterrupt(runner::stop);
            }
            try {
                int exitCode = 0;
                try (OutDefault out = host.outDefault(runner.runspace())) {
                    Profiles.install(runner, out, System.getenv(), session.loadProfiles());
                    if (session.workingDirectory() != null) {
                        setLocation(runner, session.workingDirectory(), out);
                    }
                    if (parsed != null) {
                        exitCode = runner.run(parsed.ast().extent().source(), parsed.ast(),
                                commandArguments(arguments), out);
                    }
                }
                host.endProgress();
                if (editor != null && !(parsed != null && runner.exited())) {
                    exitCode = new InteractiveSession(runner, host, editor).run();
                }
                return exitCode;
            } finally {
                Signal.handle(INTERRUPT, previous);
            }
        } finally {
            output.flush();
            if (editor != null) {
                editor.close();
            }
        }
    }

    /**
     * {@code -WorkingDirectory}: runs {@code Set-Location -LiteralPath dir} before the script, as pwsh's console does;
     * its error, if any, is reported and the script still runs.
     */
    private static void setLocation(ScriptRunner runner, String directory, OutDefault out) {
        String text = "Set-Location -LiteralPath '" + directory.replace("'", "''") + "'";
        ParseResult command = dev.jpwsh.language.parse.Parser.parse(new SourceText("", text));
        runner.run(command.ast().extent().source(), command.ast(), List.of(), out);
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
