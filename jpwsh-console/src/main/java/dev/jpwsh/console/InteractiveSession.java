package dev.jpwsh.console;

import dev.jpwsh.commands.completion.CommandCompletion;
import dev.jpwsh.commands.completion.CompletionResult;
import dev.jpwsh.console.line.CompletionSource;
import dev.jpwsh.console.line.LineEditor;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.ScriptRunner;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.runspaces.HistoryInfo;
import dev.jpwsh.engine.runspaces.PipelineState;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.SessionHistory;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.format.OutDefault;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's read-eval-print loop, pwsh's interactive session: shows what the {@code prompt} function returns
 * ({@code PS>} when it returns nothing or fails), reads a command with the line editor, runs it in the console's
 * runspace with its output formatted, ends its progress display, and adds it to the session's history (Get-History).
 * It ends at {@code exit}, whose code it returns, or when input ends (Ctrl+D), with the last command's exit code.
 * {@code $?} after a command survives the prompt function's run, as in pwsh.
 */
final class InteractiveSession implements CompletionSource {
    private static final String FALLBACK_PROMPT = "PS>";
    private static final ParseResult PROMPT = Parser.parse(new SourceText("", "prompt"));
    /** What pwsh's console does before its first prompt: it imports PSReadLine, which reads the lines. */
    private static final ParseResult IMPORT_PSREADLINE = Parser.parse(new SourceText("",
            "Import-Module " + dev.jpwsh.console.psreadline.PSReadLineModule.NAME));
    private static final ParseResult KEY_HANDLER = Parser.parse(new SourceText("", "& $args[0] $args[1] $null"));
    private static final ParseResult FULL_HELP = Parser.parse(new SourceText("",
            "Microsoft.PowerShell.Core\\Get-Help -Name $args[0] -Full -ErrorAction Ignore |"
            + " Out-String -Width $args[1]"));
    /** PSReadLine's lines for Alt+h: the parameter's syntax, description and properties, or that there is no help. */
    private static final ParseResult PARAMETER_HELP = Parser.parse(new SourceText("", """
            $h = Microsoft.PowerShell.Core\\Get-Help -Name $args[0] -Parameter $args[1] -ErrorAction Ignore |
                Select-Object -First 1
            if ($null -eq $h) { return }
            $text = if ($h.Description -is [string]) { $h.Description } else { @($h.Description)[0].Text }
            ''
            if ($null -eq $text) {
                'No help content available. Please use Update-Help to download the latest help content.'
                return
            }
            "-$($h.name) <$($h.type.name)>"
            ''
            $first = $true
            foreach ($line in $text -split "`n" | Where-Object { $_ }) {
                $(if ($first) { 'DESC: ' } else { '      ' }) + $line.Trim("`r")
                $first = $false
            }
            "Required: $($h.required), Position: $($h.position), Default Value: $($h.defaultValue), " +
                "Pipeline Input: $($h.pipelineInput), WildCard: $($h.globbing)"
            """));
    /** The program Ctrl+x,Ctrl+e edits the line with: $env:VISUAL's, else $env:EDITOR's, as PSReadLine finds it. */
    private static final ParseResult VISUAL_EDITOR = Parser.parse(new SourceText("", """
            $e = if (![string]::IsNullOrWhiteSpace($env:VISUAL)) { $env:VISUAL } else { $env:EDITOR }
            if (![string]::IsNullOrWhiteSpace($e)) {
                (Get-Command -Name $e -CommandType Application -ErrorAction Ignore | Select-Object -First 1).Source
            }
            """));
    private static final ParseResult TAB_EXPANSION = Parser.parse(new SourceText("",
            "TabExpansion2 -inputScript $args[0] -cursorColumn $args[1]"));

    private final ScriptRunner runner;
    private final ConsoleHost host;
    private final LineEditor editor;
    /** Whether Ctrl+C stopped the running command, for its history entry. */
    private volatile boolean stopped;
    /** What Ctrl+C does while a command runs in a pushed runspace: stop it there; null otherwise. */
    private volatile Runnable stopRemote;
    /**
     * The frame in whose scope typed commands, the prompt function, key handlers and Tab completion run: at a nested
     * prompt, the one that entered it; null (the global scope) at the top.
     */
    private volatile Frame scope;

    InteractiveSession(ScriptRunner runner, ConsoleHost host, LineEditor editor) {
        this.runner = runner;
        this.host = host;
        this.editor = editor;
    }

    /** Runs the loop until {@code exit} or the end of input; returns the exit code. */
    int run() {
        editor.completeWith(this);
        editor.onInterrupt(() -> {
            stopped = true;
            Runnable remoteStop = stopRemote;
            if (remoteStop != null) {
                remoteStop.run();
            } else {
                runner.stop();
            }
        });
        host.nestPromptsIn(this::nested);
        editor.runKeyScriptsWith(this::runKeyHandler);
        editor.describeFunctionsWith(dev.jpwsh.console.psreadline.BuiltInFunctions::description);
        editor.commandHelpFrom(this::fullHelp);
        editor.parameterHelpFrom(this::parameterHelp);
        editor.visualEditorFrom(this::visualEditor);
        runner.run(IMPORT_PSREADLINE.ast().extent().source(), IMPORT_PSREADLINE.ast(), List.of(), discarded -> {
        }, null);
        return loop();
    }

    private int loop() {
        int exitCode = 0;
        while (true) {
            String prompt = prompt();
            String line = editor.readLine(prompt);
            if (line == null) {
                return exitCode;
            }
            runner.context().host().ui().transcribe(prompt + line + System.lineSeparator());
            if (line.isBlank()) {
                continue;
            }
            Runspace remote = host.pushedRunspace();
            if (remote != null) {
                runRemotely(remote, line);
                continue;
            }
            exitCode = execute(line);
            if (runner.exited() || host.leavingNestedPrompt()) {
                return exitCode;
            }
        }
    }

    /**
     * A nested prompt ({@code $Host.EnterNestedPrompt()}, Suspend at a confirmation): the loop again, on the suspended
     * command's thread, with {@code $NestedPromptLevel} one higher (the default prompt then ends in one more
     * {@code >}), until {@code exit}, {@code $Host.ExitNestedPrompt()} or the end of input, after which the suspended
     * command goes on. Its commands run in {@code caller}'s scope (the function that entered it), or the global one
     * when that is null, as pwsh's do.
     */
    private void nested(Frame caller) {
        PSVariable level = runner.context().global().lookup("nestedpromptlevel");
        Object outer = level == null ? 0 : level.value();
        int depth = (outer instanceof Number n ? n.intValue() : 0) + 1;
        runner.context().global().set("NestedPromptLevel", depth);
        boolean succeeded = runner.context().lastSucceeded();
        Frame outerScope = scope;
        scope = caller;
        try {
            loop();
        } finally {
            scope = outerScope;
            runner.leaveNestedPrompt();
            host.leftNestedPrompt();
            runner.context().global().set("NestedPromptLevel", outer);
            runner.context().setLastSucceeded(succeeded);
        }
    }

    /** A command typed while a runspace is pushed: run there, or the pop it asks for (or a broken runspace needs). */
    private void runRemotely(Runspace remote, String line) {
        if (PushedRunspace.isExit(line) || !PushedRunspace.usable(remote)) {
            host.popRunspace();
            return;
        }
        stopped = false;
        try (OutDefault out = host.outDefault(runner.runspace())) {
            PushedRunspace.run(remote, line, host, out, stop -> stopRemote = stop);
        }
        if (stopped) {
            host.write(System.lineSeparator());
        }
        host.endProgress();
        if (!PushedRunspace.usable(remote)) {
            host.popRunspace();
        }
    }

    private int execute(String line) {
        DateTime start = DateTime.getNow();
        stopped = false;
        ParseResult parsed = Parser.parse(new SourceText("", line));
        int exitCode = 1;
        PipelineState status;
        if (parsed.hasErrors()) {
            host.writeParseErrors(parsed.errors());
            runner.context().setLastSucceeded(false);
            status = PipelineState.Failed;
        } else {
            try (OutDefault out = host.outDefault(runner.runspace())) {
                exitCode = runner.run(parsed.ast().extent().source(), parsed.ast(), List.of(), out, scope);
            }
            status = stopped ? PipelineState.Stopped : PipelineState.Completed;
            if (stopped) {
                host.write(System.lineSeparator());
            }
        }
        host.endProgress();
        PSVariable capacity = runner.context().global().lookup("maximumhistorycount");
        SessionHistory.of(runner.context()).add(new HistoryInfo(0, line, status, start, DateTime.getNow()),
                capacity == null ? null : capacity.value());
        return exitCode;
    }

    /** The prompt function's first output as text, run without changing {@code $?}. */
    private String prompt() {
        Runspace remote = host.pushedRunspace();
        if (remote != null) {
            return PushedRunspace.prompt(remote);
        }
        List<Object> output = new ArrayList<>();
        boolean succeeded = runner.context().lastSucceeded();
        try {
            runner.run(PROMPT.ast().extent().source(), PROMPT.ast(), List.of(), output::add, scope);
        } finally {
            runner.context().setLastSucceeded(succeeded);
        }
        String text = output.isEmpty() || output.getFirst() == null ? ""
                : LanguagePrimitives.toString(output.getFirst());
        return text.isEmpty() ? FALLBACK_PROMPT : text;
    }

    /**
     * Runs {@code script} for the line editor with {@code arguments}, in the scope typed commands run in, keeping
     * {@code $?} as it was; {@return what it wrote}
     */
    private List<Object> runForEditor(ParseResult script, Object... arguments) {
        boolean succeeded = runner.context().lastSucceeded();
        List<Object> output = new ArrayList<>();
        try {
            runner.run(script.ast().extent().source(), script.ast(),
                    java.util.Arrays.stream(arguments).map(CommandArgument::value).toList(), output::add, scope);
        } finally {
            runner.context().setLastSucceeded(succeeded);
        }
        return output;
    }

    /** A command's full help as Get-Help -Full shows it, {@code width} columns wide, for F1; empty for none. */
    private String fullHelp(String command, int width) {
        return String.join("", runForEditor(FULL_HELP, command, width).stream().map(String::valueOf).toList());
    }

    /** The lines Alt+h shows under the line for a command's parameter; none when Get-Help knows no such parameter. */
    private List<String> parameterHelp(String command, String parameter) {
        return runForEditor(PARAMETER_HELP, command, parameter).stream().map(String::valueOf).toList();
    }

    /** The path of the program $env:VISUAL or $env:EDITOR names, null when there is none. */
    private String visualEditor() {
        List<Object> found = runForEditor(VISUAL_EDITOR);
        return found.isEmpty() ? null : String.valueOf(found.getFirst());
    }

    /** A key handler's script block, run with its key (and no argument) as PSReadLine runs it; its output dropped. */
    private void runKeyHandler(Object block, String key) {
        runForEditor(KEY_HANDLER, block, key);
    }

    @Override
    public Completions complete(String input, int cursor) {
        List<Object> output = runForEditor(TAB_EXPANSION, input, cursor);
        if (output.isEmpty() || !(output.getFirst() instanceof CommandCompletion completion)) {
            return Completions.NONE;
        }
        List<Match> matches = new ArrayList<>();
        for (CompletionResult result : completion.getCompletionMatches()) {
            matches.add(new Match(result.getCompletionText(), result.getListItemText()));
        }
        return new Completions(completion.getReplacementIndex(), completion.getReplacementLength(), matches);
    }
}
