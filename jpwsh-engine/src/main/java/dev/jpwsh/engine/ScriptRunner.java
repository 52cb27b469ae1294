package dev.jpwsh.engine;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.InvocationInfo;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.runspaces.PSThreadOptions;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.source.SourceText;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a script in a new runspace on the calling thread, as {@code pwsh -File} does: output objects go to
 * {@code out} (the host's default formatting), errors to the host, and the result is the process exit code:
 * the {@code exit} value, 1 after an error that ended the script, or for command text whose last statement failed
 * in a native program (pwsh's {@code -Command} rule), otherwise 0. Closing the runner disposes the runspace.
 */
public final class ScriptRunner implements AutoCloseable {
    private final Runspace runspace;
    private final ExecutionContext context;
    /** Whether the last {@link #run} ended with {@code exit}, which ends an interactive session. */
    private volatile boolean exited;
    /** The thread running this runner's script while it runs one, for the nested prompt's commands; else null. */
    private volatile Thread pipelineThread;

    public ScriptRunner(Host host) {
        runspace = RunspaceFactory.createRunspace(host);
        runspace.setThreadOptions(PSThreadOptions.UseCurrentThread);
        runspace.open();
        context = runspace.context();
    }

    public ExecutionContext context() {
        return context;
    }

    /** The runspace the script runs in: the console's, which {@code $Host.Runspace} names. */
    public Runspace runspace() {
        return runspace;
    }

    @Override
    public void close() {
        runspace.dispose();
    }

    /**
     * Runs a script parsed without errors ({@code source.name()} is its path, or empty for -Command text) with
     * arguments. The exit code is {@code exit}'s, 1 after a terminating error, 1 when -Command text's last command
     * failed ({@code $?} false), else 0.
     */
    public int run(SourceText source, ScriptBlockAst ast, List<CommandArgument> args, Pipe out) {
        return run(source, ast, args, out, null);
    }

    /**
     * {@link #run(SourceText, ScriptBlockAst, List, Pipe)} in the scopes of {@code at} (a nested prompt's command, in
     * the scope of the function or command that entered the prompt), or in the global scope when it is null.
     */
    public int run(SourceText source, ScriptBlockAst ast, List<CommandArgument> args, Pipe out, Frame at) {
        exited = false;
        if (Thread.currentThread() == pipelineThread) {
            // a nested prompt's command ($Host.EnterNestedPrompt()): a nested pipeline on the suspended one's thread
            return runScript(source, ast, args, out, at);
        }
        int[] exitCode = new int[1];
        runspace.execute(this, () -> {
            pipelineThread = Thread.currentThread();
            try {
                exitCode[0] = runScript(source, ast, args, out, at);
            } finally {
                pipelineThread = null;
            }
        }).join();
        return exitCode[0];
    }

    /** Forgets that a nested prompt's command ended with {@code exit}: that ended the nested prompt alone. */
    public void leaveNestedPrompt() {
        exited = false;
    }

    /** {@return whether the last {@link #run} ended with the {@code exit} keyword} */
    public boolean exited() {
        return exited;
    }

    /**
     * Stops the script {@link #run} is running, as Ctrl+C does in pwsh: it ends at its next stop point with
     * PipelineStoppedException, and {@code run} reports that error and returns 1. Any thread may call it; without a
     * running script it does nothing.
     */
    public void stop() {
        runspace.interrupt(this);
    }

    private int runScript(SourceText source, ScriptBlockAst ast, List<CommandArgument> args, Pipe out, Frame at) {
        // a script file (-File) runs dot-sourced, as pwsh's console runs it: its variables and functions are global
        Frame frame = at == null ? new Frame(context, context.global(), context.global())
                : new Frame(context, at.scope(), at.scriptScope(), at.global());
        if (!source.name().isEmpty()) {
            Path path = Path.of(source.name()).toAbsolutePath();
            frame.setLocal("PSCommandPath", path.toString());
            frame.setLocal("PSScriptRoot", path.getParent() == null ? "" : path.getParent().toString());
            frame.setLocal("__CommandName", path.getFileName().toString());
            frame.setLocal("MyInvocation", new InvocationInfo(new InvocationInfo.CommandInfo(
                    path.getFileName().toString(), "ExternalScript", path.toString()), path.toString(),
                    new PSHashtable(), new Object[0], "", null));
        }
        try {
            ScriptBlock script = ScriptFiles.compile(source, ast);
            script.invoke(frame, args, null, true, out);
            return source.name().isEmpty() && !context.lastSucceeded() ? 1 : 0;
        } catch (FlowSignal.Exit exit) {
            exited = true;
            return exit.code();
        } catch (PSException e) {
            context.reportError(e.record());
            return 1;
        } catch (FlowSignal.Break | FlowSignal.Continue outsideLoop) {
            return 0;
        }
    }
}
