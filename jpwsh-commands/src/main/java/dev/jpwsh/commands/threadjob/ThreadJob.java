package dev.jpwsh.commands.threadjob;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.engine.runspaces.InvocationJob;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Start-ThreadJob job: its script, from its text, in a runspace of its own (CreateDefault2 in the starting session's
 * language mode, with the -StreamingHost or none), opened when the job starts and disposed when it ends. The
 * -InitializationScript runs first as an invocation of its own; then the script, with the -ArgumentList items as
 * positional arguments and the piped input as {@code $input}. Every stream goes to the job's streams; states as
 * {@link InvocationJob} says. The fields are set before the job is queued and not changed after.
 */
@DotNetName("ThreadJob.ThreadJob")
public final class ThreadJob extends InvocationJob {
    private final String givenName;
    private final String initializationScript;
    private final Object[] arguments;
    private final PSDataCollection<Object> input;
    private final Map<String, Object> usingValues;
    /** The starting session's current folder, where the job's runspace starts. */
    private final Path location;
    private final Host streamingHost;
    /** The job's runspace's session state: CreateDefault2 in the starting session's language mode (ChildSessions). */
    private final InitialSessionState session;

    ThreadJob(String name, String script, String initializationScript, Object[] arguments,
            PSDataCollection<Object> input, Map<String, Object> usingValues, Path location, Host streamingHost,
            InitialSessionState session) {
        super(name, script);
        this.givenName = name;
        this.initializationScript = initializationScript;
        this.arguments = arguments;
        this.input = input;
        this.usingValues = usingValues;
        this.location = location;
        this.streamingHost = streamingHost;
        this.session = session;
    }

    /** {@return the -Name, else {@code Job<Id>}} */
    @Override
    public String getName() {
        return givenName != null ? givenName : "Job" + getId();
    }

    /** {@return {@code ThreadJob}} */
    @Override
    public String getPSJobTypeName() {
        return "ThreadJob";
    }

    /** {@return {@code PowerShell}: thread jobs run in this process} */
    @Override
    public String getLocation() {
        return "PowerShell";
    }

    /** {@return whether Output, Error, Progress, Verbose, Debug or Warning holds a record; Information does not count} */
    @Override
    public boolean getHasMoreData() {
        return !getOutput().isEmpty() || !getError().isEmpty() || !getProgress().isEmpty()
                || !getVerbose().isEmpty() || !getDebug().isEmpty() || !getWarning().isEmpty();
    }

    /** Starts the job now if it still waits in the throttle's queue, beside the ones the limit lets run. */
    @Override
    public void StartJob() {
        ThreadJobQueue.PROCESS.startNow(this);
    }

    /** Runs the job on the calling thread (the queue's), unless it was stopped while it waited. */
    void run() {
        runJob(() -> {
            Runspace runspace = streamingHost == null
                    ? RunspaceFactory.createRunspace(session)
                    : RunspaceFactory.createRunspace(streamingHost, session);
            try {
                runspace.open();
                runspace.context().setUsingValues(usingValues);
                SessionProviders.of(runspace.context()).startIn(location);
                if (initializationScript != null) {
                    invoke(runspace, shell -> shell.addScript(initializationScript), input, getOutput());
                }
                invoke(runspace, shell -> {
                    shell.addScript(getCommand());
                    for (Object argument : arguments) {
                        shell.addArgument(argument);
                    }
                }, input, getOutput());
            } finally {
                runspace.dispose();
            }
        });
    }
}
