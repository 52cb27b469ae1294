package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.runspaces.PSDataStreams;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.Runspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One input's run of the -Parallel script, from its text, in a runspace of its own, on a virtual thread. It reports
 * every stream record and finally {@link TaskEvent.Finished}, with the terminating error or stop that ended it, to its
 * sink (the invocation's queue, or the child job of a -AsJob call). The sink is called on the task's thread.
 *
 * <p>States: waiting (created) -> running (its script started) -> ended (Finished sent). {@link #stop} in waiting
 * makes {@link #run} skip the script and report the task as stopped; in running it stops the PowerShell; in ended it
 * does nothing.
 */
final class ParallelTask {
    /** Task ids are process-wide, as pwsh's are; they name the runspaces made for the tasks. */
    private static final AtomicInteger LAST_ID = new AtomicInteger();

    private final int id = LAST_ID.incrementAndGet();
    private final String script;
    private final Object input;
    private final Map<String, Object> usingValues;
    /** The caller's current folder, where the task's runspace starts. */
    private final Path location;
    private final Consumer<TaskEvent> events;
    private TaskRunspaces.Lease lease;
    /** Guarded by this: set by {@link #stop}, read before the script starts. */
    private boolean stopRequested;
    /** Guarded by this: the invocation running the script, once started; {@link #stop} stops it. */
    private PowerShell running;

    ParallelTask(String script, Object input, Map<String, Object> usingValues, Path location,
            Consumer<TaskEvent> events) {
        this.script = script;
        this.input = input;
        this.usingValues = usingValues;
        this.location = location;
        this.events = events;
    }

    int id() {
        return id;
    }

    Runspace runspace() {
        return lease.runspace();
    }

    /** Starts the task in {@code leased}, which it has to itself until it reports Finished. */
    void start(TaskRunspaces.Lease leased) {
        this.lease = leased;
        EngineThreads.virtual("PSTask:" + id).start(this::run);
    }

    /** Stops the task without waiting; it still reports Finished. */
    void stop() {
        PowerShell toStop;
        synchronized (this) {
            stopRequested = true;
            toStop = running;
        }
        if (toStop != null) {
            toStop.stopAsync();
        }
    }

    /** {@return whether {@link #stop} was called} */
    synchronized boolean stopRequested() {
        return stopRequested;
    }

    private void run() {
        PowerShell powerShell = null;
        Throwable failure = null;
        try {
            powerShell = PowerShell.create();
            PSDataCollection<Object> output = prepare(powerShell);
            if (output == null) {
                failure = ParallelErrors.stopped();
            } else {
                // on this thread, which runs no other pipeline: the runspace runs the script here, without a hand-off
                powerShell.invoke(null, output);
                if (powerShell.getInvocationStateInfo().getState() == PSInvocationState.Stopped) {
                    failure = ParallelErrors.stopped();
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (powerShell != null) {
                powerShell.dispose();
            }
            events.accept(new TaskEvent.Finished(this, failure));
        }
    }

    /**
     * Prepares the runspace and the PowerShell for the script and returns the collection its output goes to, unless
     * a stop came first (then null). A stop that comes after this, but before the invocation is Running, would find
     * nothing to stop; the invocation checks for it as it starts running.
     */
    private synchronized PSDataCollection<Object> prepare(PowerShell powerShell) {
        if (stopRequested) {
            return null;
        }
        Runspace runspace = lease.runspace();
        if (lease.reused()) {
            runspace.resetRunspaceState();
        } else {
            runspace.open();
        }
        runspace.context().setUsingValues(usingValues);
        SessionProviders.of(runspace.context()).startIn(location);
        runspace.getSessionStateProxy().setVariable("_", input);
        runspace.getSessionStateProxy().setVariable("PSItem", input);
        powerShell.setRunspace(runspace);
        powerShell.addScript(script);
        forward(powerShell.getStreams());
        powerShell.addInvocationStateChangedListener(state -> {
            if (state.getState() == PSInvocationState.Running && stopRequested()) {
                powerShell.stopAsync();
            }
        });
        PSDataCollection<Object> output = new PSDataCollection<>();
        output.addDataAddedListener(value -> events.accept(new TaskEvent.Output(value)));
        running = powerShell;
        return output;
    }

    private void forward(PSDataStreams streams) {
        streams.getError().addDataAddedListener(record -> events.accept(new TaskEvent.Error(record)));
        List<PSDataCollection<Object>> messages = List.of(streams.getWarning(), streams.getVerbose(),
                streams.getDebug(), streams.getInformation(), streams.getProgress());
        for (int i = 0; i < messages.size(); i++) {
            int stream = i;
            messages.get(i).addDataAddedListener(record -> events.accept(new TaskEvent.Message(stream, record)));
        }
    }
}
