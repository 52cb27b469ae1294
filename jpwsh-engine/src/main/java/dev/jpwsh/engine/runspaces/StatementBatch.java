package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.command.CommandPipeline;
import dev.jpwsh.engine.command.CommandProcessor;
import dev.jpwsh.engine.command.CommandResolver;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.HostInformationMessage;
import dev.jpwsh.engine.exec.InformationRecord;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.exec.StreamRedirects;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.languagemode.RunspaceCommands;
import dev.jpwsh.dotnet.DotNetEnums.ActionPreference;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.language.ast.RedirectionAst.Stream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The statements of one {@link PowerShell} invocation, run on the runspace's thread: each statement is a pipeline of
 * the commands added to it, the first fed from the invocation's input; output goes to the invocation's output and
 * the other streams to the instance's {@link PSDataStreams} (and to the host, as pwsh shows them). With several
 * statements (a batch), a statement's terminating error may be recorded and the next statement run (spec 5.2).
 */
final class StatementBatch {
    private final PSCommand commands;
    private final PSDataStreams streams;
    private final InvocationLifecycle lifecycle;
    private final Iterator<?> input;
    private final PSDataCollection<Object> output;
    private final PSInvocationSettings settings;

    StatementBatch(PSCommand commands, PSDataStreams streams, InvocationLifecycle lifecycle, Iterator<?> input,
            PSDataCollection<Object> output, PSInvocationSettings settings) {
        this.commands = commands;
        this.streams = streams;
        this.lifecycle = lifecycle;
        this.input = input;
        this.output = output;
        this.settings = settings;
    }

    /**
     * Runs every statement on {@code member}, streams going to {@link #streams}, with the host the settings name
     * (restored afterwards, as {@code $?} is unless they say AddToHistory, when the commands' text is added to the
     * session's history as they start, and how they ended when they end).
     */
    void run(Runspace member) {
        if (member.remote() != null) {
            member.remote().invoke(new RemoteInvocation(commands.getCommands(), input, output, streams, lifecycle,
                    settings.getAddToHistory(), settings.remoteStreamOptions(), member.getInstanceId(),
                    settings.getHost() == null ? member.host() : settings.getHost()));
            return;
        }
        ExecutionContext context = member.context();
        Frame top = new Frame(context, context.global(), context.global());
        Host previousHost = settings.getHost() == null ? null : context.swapHost(settings.getHost());
        boolean lastSucceeded = context.lastSucceeded();
        HistoryInfo history = settings.getAddToHistory() ? SessionHistory.of(context).add(new HistoryInfo(0,
                commands.toString(), PipelineState.Running, DateTime.getNow(), DateTime.getNow()),
                top.variable("maximumhistorycount")) : null;
        boolean completed = false;
        Pipe errors = record -> {
            lifecycle.errorWritten();
            streams.getError().Add(record);
        };
        HostUserInterface ui = context.host().ui();
        transcribeScripts(ui);
        StreamRedirects previous = context.swapRedirects(StreamRedirects.NONE.with(Stream.ERROR, errors)
                .with(Stream.WARNING, shownAndKept(streams.getWarning(), ui))
                .with(Stream.VERBOSE, shownAndKept(streams.getVerbose(), ui))
                .with(Stream.DEBUG, shownAndKept(streams.getDebug(), ui))
                .with(Stream.INFORMATION, record -> {
                    streams.getInformation().Add(record);
                    if (record instanceof InformationRecord info
                            && info.getMessageData() instanceof HostInformationMessage message) {
                        message.showOn(ui);
                    }
                })
                .withProgress(record -> {
                    streams.getProgress().Add(record);
                    ui.writeProgress((ProgressRecord) record);
                }).asInvocation());
        boolean batch = commands.statements().size() > 1;
        Iterator<?> statementInput = input;
        try {
            for (List<PSCommand.Element> statement : commands.statements()) {
                try {
                    runStatement(top, statement, statementInput, output::Add);
                } catch (PSException e) {
                    continueBatch(batch, e, settings.batchPreference(top), errors);
                }
                statementInput = null;
            }
            completed = true;
        } catch (FlowSignal.Exit | FlowSignal.Break | FlowSignal.Continue endsPipeline) {
            // exit, or a break or continue outside any loop, ends the invocation normally unless exposed
            if (settings.getExposeFlowControlExceptions()) {
                throw RunspaceErrors.flowControl(endsPipeline);
            }
        } finally {
            context.swapRedirects(previous);
            if (previousHost != null) {
                context.swapHost(previousHost);
            }
            if (history == null) {
                context.setLastSucceeded(lastSucceeded);
            } else {
                history.finish(lifecycle.isStopRequested() ? PipelineState.Stopped
                        : completed ? PipelineState.Completed : PipelineState.Failed,
                        DateTime.getNow());
            }
        }
    }

    /** A transcript records the invocation's scripts (not its commands by name) after pwsh's prompt-less "PS>". */
    private void transcribeScripts(HostUserInterface ui) {
        for (List<PSCommand.Element> statement : commands.statements()) {
            for (PSCommand.Element element : statement) {
                if (element.isScript()) {
                    ui.transcribe("PS>" + element.text() + System.lineSeparator());
                }
            }
        }
    }

    /**
     * A statement's terminating error in batch mode (spec 5.2): it ends the invocation when the invocation is not
     * a batch, is stopping, the settings say Stop, or the error comes from an ErrorAction of Stop; Ignore drops
     * it; otherwise it is recorded and the batch goes on. It sets HadErrors in every case.
     */
    private void continueBatch(boolean batch, PSException error, ActionPreference preference, Pipe errors) {
        lifecycle.errorWritten();
        if (!batch || lifecycle.isStopRequested() || preference == ActionPreference.Stop
                || error.isStoppedByPreference()) {
            throw error;
        }
        if (preference != ActionPreference.Ignore) {
            errors.write(error.record());
        }
    }

    /**
     * A stream's pipe: each record is kept in {@code stream} and shown by the host, as pwsh's command runtime
     * does (a host-less runspace's DefaultHost shows nothing; a shared console host shows it at once).
     */
    private static Pipe shownAndKept(PSDataCollection<Object> stream, HostUserInterface ui) {
        return record -> {
            stream.Add(record);
            ((InformationalRecord) record).showOn(ui);
        };
    }

    /** One pipeline of the commands, as far as the session's language mode lets the API run them. */
    private static void runStatement(Frame top, List<PSCommand.Element> statement, Iterator<?> input, Pipe out) {
        List<CommandProcessor> processors = new ArrayList<>(statement.size());
        for (int i = 0; i < statement.size(); i++) {
            PSCommand.Element e = statement.get(i);
            Object command = RunspaceCommands.element(top.context(), e.text(), e.isScript(), e.useLocalScope());
            boolean dotSource = e.isScript() ? !Boolean.TRUE.equals(e.useLocalScope())
                    : Boolean.FALSE.equals(e.useLocalScope());
            processors.add(CommandResolver.resolve(top, command, dotSource, e.arguments(), i > 0 || input != null));
        }
        CommandPipeline.run(processors, input == null ? null : first -> input.forEachRemaining(first::write), out);
    }
}
