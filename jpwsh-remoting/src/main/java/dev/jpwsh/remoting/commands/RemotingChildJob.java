package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.runspaces.InvocationJob;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.remoting.protocol.OriginInfo;
import dev.jpwsh.remoting.protocol.RemoteRecords;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * One computer's part of a remote Invoke-Command: runs the command on its target's runspace (connecting first for
 * -HostName) and keeps what comes back, output with PSComputerName and RunspaceId, in its own streams. A failure to
 * connect, a broken connection or a terminating error of the command is an error record in its Error stream and
 * leaves it Failed, as pwsh's PSRemotingChildJob reports it. Its errors note where they came from ({@link OriginInfo}). States as {@link InvocationJob} says; the fields are
 * set before it starts.
 */
@DotNetName("System.Management.Automation.PSRemotingChildJob")
final class RemotingChildJob extends InvocationJob {
    private final RemoteTarget target;
    private final RemoteCommand command;
    private final PSDataCollection<Object> input;
    private final boolean hideComputerName;
    /** The host the server's host calls go to (Invoke-Command's own, without -AsJob), or null for the runspace's. */
    private final Host host;
    /** The remote runspace's id once it is open, for the origin of the errors; the empty Guid before. */
    private volatile Guid runspaceId = Guid.Empty;

    RemotingChildJob(RemoteTarget target, RemoteCommand command, String script, PSDataCollection<Object> input,
            boolean hideComputerName, Host host) {
        super("", script);
        this.target = target;
        this.command = command;
        this.input = input;
        this.hideComputerName = hideComputerName;
        this.host = host;
        getError().addDataAddedListener(record -> RemoteRecords.fromOrigin((ErrorRecord) record,
                new OriginInfo(target.computerName(), runspaceId, Guid.Empty)));
    }

    @Override
    public String getName() {
        return "Job" + getId();
    }

    @Override
    public String getPSJobTypeName() {
        return "";
    }

    /** {@return the computer it runs on} */
    @Override
    public String getLocation() {
        return target.computerName();
    }

    @Override
    public boolean getHasMoreData() {
        return !getOutput().isEmpty() || !getError().isEmpty()
                || messageStreams().stream().anyMatch(messages -> !messages.isEmpty());
    }

    /** Runs the command on the calling thread, unless it was stopped before its turn. */
    void run() {
        runJob(() -> {
            Runspace runspace = null;
            try {
                runspace = target.open();
                runspaceId = runspace.getInstanceId();
                PSDataCollection<Object> output = new PSDataCollection<>();
                output.addDataAddedListener(item -> getOutput().add(hideComputerName ? RemoteOutput.hidden(item)
                        : item));
                invoke(runspace, command::addTo, input, output, host);
            } finally {
                target.release(runspace);
            }
        });
    }

    /** Writes the failure's record, {@code [computer] reason} when the connection failed, to Error. */
    @Override
    protected Throwable failed(RuntimeException failure) {
        ErrorRecord record = RemoteOutput.failureRecord(failure, target.computerName());
        getError().add(record);
        return record.exception();
    }
}
