package dev.jpwsh.console;

import dev.jpwsh.console.errorview.ConciseErrorView;
import dev.jpwsh.console.errorview.ErrorStyle;
import dev.jpwsh.console.line.HistoryFile;
import dev.jpwsh.console.line.LineEditor;
import dev.jpwsh.console.options.CommandLineParser;
import dev.jpwsh.console.options.ScriptArgument;
import dev.jpwsh.console.options.SessionSettings;
import dev.jpwsh.console.options.StartupOptions;
import dev.jpwsh.console.options.StartupScript;
import dev.jpwsh.console.options.UsageText;
import dev.jpwsh.engine.compile.JobProcesses;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.remoting.server.StandardStreamsServer;
import dev.jpwsh.remoting.transport.ProcessListener;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What jpwsh does with its command line, in pwsh's order: report a bad command line (with the usage text when
 * pwsh shows it), print help or the version, then parse the script and hand it to the interpreter. A script
 * that does not parse is reported in the concise error view with exit code 1.
 */
final class Startup {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final InputStream input;
    private final ConsoleOutput output;
    /** The session's options from the command line; all off when it gave none. */
    private SessionSettings settings = new SessionSettings(false, false, false, false, null, null, null, null, null,
            null);

    Startup(InputStream input, ConsoleOutput output) {
        this.input = input;
        this.output = output;
    }

    int run(List<String> args) {
        if (!args.isEmpty() && args.getFirst().equals(ParseCheck.OPTION)) {
            return new ParseCheck(output).run(args.subList(1, args.size()));
        }
        StartupOptions options = CommandLineParser.parse(args, !output.terminal().input());
        if (options.hasError()) {
            output.writeErrorLine(options.error());
        }
        if (options.showUsage()) {
            String details = options.showDetails() ? UsageText.DETAILS : "";
            output.write(System.lineSeparator() + UsageText.SYNOPSIS + details + System.lineSeparator());
        }
        if (options.showVersion()) {
            output.writeLine(ProductVersion.versionLine());
            return 0;
        }
        if (options.abortStartup()) {
            return options.exitCode();
        }
        if (options.settings() != null) {
            settings = options.settings();
        }
        if (settings.customPipeName() != null) {
            ProcessListener.listenOn(settings.customPipeName());
        }
        return run(options.script());
    }

    private int run(StartupScript script) {
        return switch (script) {
            case StartupScript.File file -> runFile(file);
            case StartupScript.Command command ->
                    runParsed(Parser.parse(new SourceText("", command.text())), command.arguments());
            case StartupScript.StandardInput _, StartupScript.Interactive _ -> runStandardInput();
            case StartupScript.ServerMode _ -> StandardStreamsServer.serve(input,
                    new FileOutputStream(FileDescriptor.out));
        };
    }

    private int runFile(StartupScript.File file) {
        try {
            return runParsed(Parser.parseFile(file.path()), file.arguments());
        } catch (IOException failure) {
            output.writeErrorLine("jpwsh: cannot read '" + file.givenPath() + "': " + ReadFailure.reason(failure));
            return 1;
        }
    }

    /** Commands from standard input when it is redirected; a terminal there means an interactive session. */
    private int runStandardInput() {
        if (output.terminal().input()) {
            if (!settings.noLogo()) {
                output.writeLine(ProductVersion.versionLine());
            }
            return Interpreter.run(null, List.of(), output, session(true));
        }
        // pwsh's runspace, and so its process pipe, exists while it waits for its commands: start the pipe before
        // the wait, since the commands are read whole before the runspace opens
        dev.jpwsh.engine.runspaces.ProcessService.startAll();
        try {
            String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith(BYTE_ORDER_MARK)) {
                text = text.substring(1);
            }
            return runParsed(Parser.parse(new SourceText("", text)), List.of(), false);
        } catch (IOException failure) {
            output.writeErrorLine("jpwsh: cannot read standard input: " + ReadFailure.reason(failure));
            return 1;
        }
    }

    private int runParsed(ParseResult result, List<ScriptArgument> arguments) {
        return runParsed(result, arguments, true);
    }

    /** Runs a parsed script; prompts may read {@code input} when it is redirected and {@code inputUnread}. */
    private int runParsed(ParseResult result, List<ScriptArgument> arguments, boolean inputUnread) {
        if (result.hasErrors()) {
            Terminal terminal = output.terminal();
            ErrorStyle style = terminal.supportsColor() ? ErrorStyle.ANSI : ErrorStyle.PLAIN;
            output.writeError(new ConciseErrorView(style, terminal.columns()).render(result.errors()));
            return 1;
        }
        JobProcesses.mentioned(result.ast().extent().source().text());
        Interpreter.Session session = session(settings.noExit());
        if (session.lineEditor() == null && inputUnread && !output.terminal().input() && !settings.nonInteractive()) {
            session = session.answeringFrom(LineEditor.over(input, output.outputStream()));
        }
        return Interpreter.run(result, arguments, output, session);
    }

    /**
     * The session to run in: interactive (reading commands at the prompt, after the script if there is one) when
     * {@code interactive} and standard input is a terminal, unless -NonInteractive was given.
     */
    private Interpreter.Session session(boolean interactive) {
        LineEditor editor = null;
        if (interactive && output.terminal().input() && !settings.nonInteractive()) {
            editor = output.processStreams() ? LineEditor.open(HistoryFile.forUser(System.getenv()),
                    output.terminal().supportsColor())
                    : LineEditor.over(input, output.outputStream());
        }
        return new Interpreter.Session(settings.workingDirectory(), !settings.noProfile(), editor, null);
    }
}
