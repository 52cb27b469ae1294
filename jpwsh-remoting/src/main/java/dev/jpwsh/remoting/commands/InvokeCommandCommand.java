package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.job.JobWatch;
import dev.jpwsh.engine.runspaces.RunspaceAvailability;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invoke-Command. Without -Session or -HostName the block runs here ({@link LocalInvocation}). Otherwise it runs on
 * each session or host as a {@link RemotingJob}: -ThrottleLimit children at a time, each connection to a host made
 * for the command and closed after it, pipeline input streamed to every computer, {@code $using:} values sent as
 * pwsh's table ({@link RemoteCommand}). Without -AsJob the command writes what comes back as it comes and ends when
 * every computer has finished; with -AsJob it writes the job and returns.
 */
@DefaultParameterSet(InvokeCommandCommand.IN_PROCESS)
@DotNetName("Microsoft.PowerShell.Commands.InvokeCommandCommand")
public final class InvokeCommandCommand extends Cmdlet {
    static final String IN_PROCESS = "InProcess";
    private static final String SESSION = "Session";
    private static final String SSH_HOST = "SSHHost";
    private static final String FILE_SESSION = "FilePathSession";
    private static final String FILE_SSH_HOST = "FilePathSSHHost";
    private static final String SSH_HASH = "SSHHostHashParam";
    private static final String FILE_SSH_HASH = "FilePathSSHHostHash";
    private static final String COMPUTER_NAME = "ComputerName";
    private static final String FILE_COMPUTER_NAME = "FilePathComputerName";
    /** The value of -InputObject while no pipeline object has been bound. */
    private static final Object NO_INPUT = new Object();

    @Parameter(parameterSetName = IN_PROCESS, position = 0, mandatory = true, aliases = {"Command"})
    @Parameter(parameterSetName = SESSION, position = 1, mandatory = true, aliases = {"Command"})
    @Parameter(parameterSetName = SSH_HOST, position = 1, mandatory = true, aliases = {"Command"})
    @Parameter(parameterSetName = SSH_HASH, position = 1, mandatory = true, aliases = {"Command"})
    @Parameter(parameterSetName = COMPUTER_NAME, position = 1, mandatory = true, aliases = {"Command"})
    private ScriptBlock scriptBlock;

    @Parameter(parameterSetName = FILE_SESSION, position = 1, mandatory = true, aliases = {"PSPath"})
    @Parameter(parameterSetName = FILE_SSH_HOST, position = 1, mandatory = true, aliases = {"PSPath"})
    @Parameter(parameterSetName = FILE_SSH_HASH, position = 1, mandatory = true, aliases = {"PSPath"})
    @Parameter(parameterSetName = FILE_COMPUTER_NAME, position = 1, mandatory = true, aliases = {"PSPath"})
    private String filePath;

    /** WSMan's computer names: without WSMan every use fails as pwsh's does on Linux. */
    @Parameter(parameterSetName = COMPUTER_NAME, position = 0, aliases = {"Cn"})
    @Parameter(parameterSetName = FILE_COMPUTER_NAME, position = 0, aliases = {"Cn"})
    private String[] computerName;

    @Parameter(parameterSetName = COMPUTER_NAME)
    @Parameter(parameterSetName = FILE_COMPUTER_NAME)
    private Object credential;

    @Parameter(parameterSetName = COMPUTER_NAME, aliases = {"Disconnected"})
    @Parameter(parameterSetName = FILE_COMPUTER_NAME, aliases = {"Disconnected"})
    private boolean inDisconnectedSession;

    @Parameter(parameterSetName = COMPUTER_NAME)
    @Parameter(parameterSetName = FILE_COMPUTER_NAME)
    private String[] sessionName;

    @Parameter(parameterSetName = SESSION, position = 0)
    @Parameter(parameterSetName = FILE_SESSION, position = 0)
    private PSSession[] session;

    @Parameter(parameterSetName = SSH_HOST, position = 0, mandatory = true)
    @Parameter(parameterSetName = FILE_SSH_HOST, position = 0, mandatory = true)
    private String[] hostName;

    @Parameter(parameterSetName = SSH_HASH, mandatory = true)
    @Parameter(parameterSetName = FILE_SSH_HASH, mandatory = true)
    private Map<?, ?>[] sshConnection;

    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    private String userName;

    @Parameter(parameterSetName = SSH_HOST, aliases = {"IdentityFilePath"})
    @Parameter(parameterSetName = FILE_SSH_HOST, aliases = {"IdentityFilePath"})
    private String keyFilePath;

    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    @ValidateRange(min = 1, max = 65_535)
    private Integer port;

    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    /** Null unless given: only true is accepted. */
    private Boolean sshTransport;

    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    private String subsystem;

    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    private Integer connectingTimeout;

    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    private Map<?, ?> options;

    @Parameter(parameterSetName = IN_PROCESS)
    private boolean noNewScope;

    @Parameter(valueFromPipeline = true)
    private Object inputObject = NO_INPUT;

    @Parameter(aliases = {"Args"})
    private Object[] argumentList;

    @Parameter(parameterSetName = SESSION)
    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SESSION)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    @Parameter(parameterSetName = SSH_HASH)
    @Parameter(parameterSetName = FILE_SSH_HASH)
    @Parameter(parameterSetName = COMPUTER_NAME)
    @Parameter(parameterSetName = FILE_COMPUTER_NAME)
    private int throttleLimit = 32;

    @Parameter(parameterSetName = SESSION)
    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SESSION)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    @Parameter(parameterSetName = SSH_HASH)
    @Parameter(parameterSetName = FILE_SSH_HASH)
    @Parameter(parameterSetName = COMPUTER_NAME)
    @Parameter(parameterSetName = FILE_COMPUTER_NAME)
    private boolean asJob;

    @Parameter(parameterSetName = SESSION, aliases = {"HCN"})
    @Parameter(parameterSetName = SSH_HOST, aliases = {"HCN"})
    @Parameter(parameterSetName = FILE_SESSION, aliases = {"HCN"})
    @Parameter(parameterSetName = FILE_SSH_HOST, aliases = {"HCN"})
    @Parameter(parameterSetName = SSH_HASH, aliases = {"HCN"})
    @Parameter(parameterSetName = FILE_SSH_HASH, aliases = {"HCN"})
    @Parameter(parameterSetName = COMPUTER_NAME, aliases = {"HCN"})
    @Parameter(parameterSetName = FILE_COMPUTER_NAME, aliases = {"HCN"})
    private boolean hideComputerName;

    @Parameter(parameterSetName = SESSION)
    @Parameter(parameterSetName = SSH_HOST)
    @Parameter(parameterSetName = FILE_SESSION)
    @Parameter(parameterSetName = FILE_SSH_HOST)
    @Parameter(parameterSetName = SSH_HASH)
    @Parameter(parameterSetName = FILE_SSH_HASH)
    @Parameter(parameterSetName = COMPUTER_NAME)
    @Parameter(parameterSetName = FILE_COMPUTER_NAME)
    private String jobName;

    private LocalInvocation local;
    private RemotingJob job;
    private PSDataCollection<Object> remoteInput;

    @Override
    protected void beginProcessing() {
        if (Boolean.FALSE.equals(sshTransport)) {
            throw terminatingError(RemotingCommandErrors.sshTransportFalse());
        }
        if (inDisconnectedSession && asJob) {
            throw terminatingError(RemotingCommandErrors.asJobAndDisconnected());
        }
        if (sessionName != null && !inDisconnectedSession) {
            throw terminatingError(RemotingCommandErrors.sessionNameWithoutDisconnected());
        }
        if (parameterSetName().equals(COMPUTER_NAME) || parameterSetName().equals(FILE_COMPUTER_NAME)) {
            throw terminatingError(RemotingCommandErrors.wsmanUnavailable());
        }
        if (parameterSetName().equals(IN_PROCESS)) {
            local = new LocalInvocation(scriptBlock, frame(), noNewScope, argumentList, this::writeObject);
        }
    }

    @Override
    protected void processRecord() {
        Object item = inputObject;
        inputObject = NO_INPUT;
        if (local != null) {
            if (item != NO_INPUT) {
                local.input(item);
            }
            return;
        }
        if (job == null) {
            remoteInput = item == NO_INPUT ? null : new PSDataCollection<>();
            job = newJob();
            if (asJob) {
                JobRepository.of(frame().context()).add(job);
                writeObject(job);
            }
            job.start();
        }
        if (item != NO_INPUT && remoteInput != null) {
            remoteInput.add(item);
        }
        if (!asJob) {
            writeResults();
        }
    }

    @Override
    protected void endProcessing() {
        if (local != null) {
            local.end();
            return;
        }
        if (remoteInput != null) {
            remoteInput.complete();
        }
        if (job == null || asJob) {
            return;
        }
        try (JobWatch watch = new JobWatch(List.of(job))) {
            while (true) {
                boolean finished = job.getState().isFinished();
                writeResults();
                if (finished) {
                    return;
                }
                watch.awaitChange(-1);
            }
        } catch (InterruptedException stopped) {
            job.StopJob();
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what every computer has sent back so far, computer by computer. */
    private void writeResults() {
        for (Job child : job.getChildJobs()) {
            child.getOutput().readAll().forEach(this::writeObject);
            for (ErrorRecord error : child.getError().readAll()) {
                passOnError(error);
            }
            child.messageStreams().forEach(messages -> messages.readAll().forEach(
                    message -> MessageStreams.replay(frame(), message)));
        }
    }

    private RemotingJob newJob() {
        String script = scriptBlock != null ? scriptBlock.toString() : fileText();
        RemoteCommand command = RemoteCommand.of(script, frame(), argumentList);
        List<RemotingChildJob> children = new ArrayList<>();
        for (RemoteTarget target : targets()) {
            children.add(new RemotingChildJob(target, command, script, remoteInput, hideComputerName,
                    asJob ? null : frame().context().host()));
        }
        return new RemotingJob(jobName, script, children, Math.max(1, throttleLimit));
    }

    private List<RemoteTarget> targets() {
        List<RemoteTarget> targets = new ArrayList<>();
        if (sshConnection != null) {
            try {
                SshConnectionTable.connections(sshConnection, frame()).forEach(c -> targets.add(RemoteTarget.of(c)));
            } catch (dev.jpwsh.engine.exec.PSException e) {
                throw terminatingError(e);
            }
            return targets;
        }
        if (hostName != null) {
            String key = resolvedKey();
            SshTargets ssh = new SshTargets(userName, key, port == null ? 0 : port, subsystem,
                    connectingTimeout == null ? -1 : connectingTimeout, options);
            ssh.connections(hostName).forEach(c -> targets.add(RemoteTarget.of(c)));
            return targets;
        }
        for (PSSession s : session == null ? new PSSession[0] : session) {
            if (s.getState() != RunspaceState.Opened && !asJob) {
                writeError(RemotingCommandErrors.sessionNotOpen(s));
            } else if (s.getAvailability() != RunspaceAvailability.Available && !asJob) {
                writeError(RemotingCommandErrors.sessionNotAvailable(s));
            } else {
                targets.add(RemoteTarget.of(s));
            }
        }
        if (targets.isEmpty()) {
            throw terminatingError(RemotingCommandErrors.noValidSessions());
        }
        return targets;
    }

    private String resolvedKey() {
        try {
            return SshTargets.resolvedKey(keyFilePath, frame());
        } catch (dev.jpwsh.engine.exec.PSException e) {
            throw terminatingError(e);
        }
    }

    private String fileText() {
        Path file = frame().context().location().resolveFileSystemPath(filePath);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw terminatingError(RemotingCommandErrors.fileNotFound(file.toString()));
        }
    }
}
