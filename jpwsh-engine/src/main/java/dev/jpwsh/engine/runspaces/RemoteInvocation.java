package dev.jpwsh.engine.runspaces;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.host.Host;
import java.util.Iterator;
import java.util.List;

/**
 * One PowerShell invocation as a {@link RemoteSession} runs it: the commands (statements end where
 * {@link Command#getIsEndOfStatement()} says), the pipeline input, and the invocation's output and streams, which
 * the session fills as the server's messages come. Made by the engine for each invocation on a remote runspace.
 */
public final class RemoteInvocation {
    private final List<Command> commands;
    private final Iterator<?> input;
    private final PSDataCollection<Object> output;
    private final PSDataStreams streams;
    private final InvocationLifecycle lifecycle;
    private final boolean addToHistory;
    private final int streamOptions;
    private final Guid runspaceId;
    private final Host host;

    RemoteInvocation(List<Command> commands, Iterator<?> input, PSDataCollection<Object> output,
            PSDataStreams streams, InvocationLifecycle lifecycle, boolean addToHistory, int streamOptions,
            Guid runspaceId, Host host) {
        this.runspaceId = runspaceId;
        this.host = host;
        this.commands = commands;
        this.input = input;
        this.output = output;
        this.streams = streams;
        this.lifecycle = lifecycle;
        this.addToHistory = addToHistory;
        this.streamOptions = streamOptions;
    }

    /**
     * {@return the RemoteStreamOptions flags the server is asked for (which records get their invocation info):
     * AddInvocationInfo, 15, for an invocation without settings, as pwsh's client asks; else 0}
     */
    public int streamOptions() {
        return streamOptions;
    }

    /** {@return the commands, in order} */
    public List<Command> commands() {
        return commands;
    }

    /** {@return the input for the first command, read as it comes (it may block for more), or null for none} */
    public Iterator<?> input() {
        return input;
    }

    /** {@return the InstanceId of the remote runspace, which remote output carries as its RunspaceId} */
    public Guid runspaceId() {
        return runspaceId;
    }

    /** {@return the host that answers the server's host calls (Read-Host, {@code $Host.UI.Write}) for the commands} */
    public Host host() {
        return host;
    }

    /** {@return whether the server adds the commands to its history} */
    public boolean addToHistory() {
        return addToHistory;
    }

    /** Adds an output item. */
    public void output(Object item) {
        output.Add(item);
    }

    /** {@return the invocation's error, warning, verbose, debug, information and progress collections} */
    public PSDataStreams streams() {
        return streams;
    }

    /** Adds an error record to the Error stream and marks the invocation as having had errors. */
    public void error(Object record) {
        lifecycle.errorWritten();
        streams.getError().Add(record);
    }
}
