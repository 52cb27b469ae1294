package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.InstanceIds;
import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.event.PSEventManager;
import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A local runspace: one session state ({@link ExecutionContext}) and the policy for the thread its pipelines
 * run on; or a remote one, made from a {@link RunspaceConnectionInfo}, which has no local session and runs its
 * pipelines through a {@link RemoteSession}. At most one top-level pipeline runs at a time.
 *
 * <p>States and transitions (RunspaceState):
 * <pre>
 * BeforeOpen --open()/openAsync()--------> Opening --session built--> Opened
 *                                          Opening --session failed--> Broken
 * Opened     --module or startup script failed, ThrowOnRunspaceOpenError set--> Broken
 * Opened     --remote runspace's connection lost (the server ended)---------> Broken
 * Opened     --disconnect()--> Disconnecting --> Disconnected --connect()--> Connecting --> Opened (remote)
 * BeforeOpen --close()/dispose()---------> Closing --> Closed
 * Opened     --close()/dispose()---------> Closing --running pipeline stopped--> Closed
 * Opening    --close()/dispose()---------> (waits for Opened or Broken, then as from there)
 * Closing, Closed, Broken --close()------> (no change)
 * anything but BeforeOpen --open()-------> InvalidRunspaceStateException (CannotOpenAgain)
 * </pre>
 * Availability follows: None unless Opened; Available when Opened and idle; Busy while a pipeline runs.
 *
 * <p>Thread safety: the state machine's monitor guards the state; {@code running} (the pipeline or
 * SessionStateProxy call in progress) is an atomic reference, so exactly one caller wins a race to start a
 * pipeline or a proxy call, and the loser learns which kind it lost to; {@code context} is written
 * once before the Opened transition publishes it; {@code name}, {@code threadOptions} and
 * {@code apartmentState} are volatile; {@code PRIMARY} is an atomic reference, set by a host and cleared by the
 * close of the runspace it names.
 */
@DotNetName("System.Management.Automation.Runspaces.LocalRunspace")
public final class Runspace implements AutoCloseable {
    private static final AtomicInteger LAST_ID = new AtomicInteger();
    /** Every runspace not yet disposed, by id; weak, so that an abandoned runspace can still be collected. */
    private static final ConcurrentSkipListMap<Integer, WeakReference<Runspace>> REGISTRY =
            new ConcurrentSkipListMap<>();
    private static final ThreadLocal<Runspace> DEFAULT = new ThreadLocal<>();
    /** The console's runspace (spec 1.6 step 8): null until a host marks one, and again once that one has closed. */
    private static final AtomicReference<Runspace> PRIMARY = new AtomicReference<>();
    private static final Set<RunspaceState> OPENABLE = EnumSet.of(RunspaceState.BeforeOpen);
    private static final Set<RunspaceState> CLOSABLE = EnumSet.of(RunspaceState.BeforeOpen, RunspaceState.Opened);

    private final int id = LAST_ID.incrementAndGet();
    private final Guid instanceId = InstanceIds.next();
    private final InitialSessionState initialSessionState;
    private final Host host;
    private final StateMachine<RunspaceState> states = new StateMachine<>(RunspaceState.BeforeOpen);
    private final AtomicReference<RunningPipeline> running = new AtomicReference<>();
    private final List<Consumer<RunspaceAvailability>> availabilityListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The availability last announced, so that each change is raised once. */
    private final AtomicReference<RunspaceAvailability> lastAvailability =
            new AtomicReference<>(RunspaceAvailability.None);
    private volatile String name = "Runspace" + id;
    private volatile PSThreadOptions threadOptions;
    private volatile ApartmentState apartmentState;
    private volatile boolean disposed;
    private ExecutionContext context;
    /** The connection of a remote runspace, which has no local session; null for a local one. */
    private final RemoteSession remote;
    private final RunspaceConnectionInfo connectionInfo;
    /** The one thread of a ReuseThread runspace; created on first use, shut down by close. Guarded by this. */
    private ExecutorService reusedThread;

    Runspace(Host host, InitialSessionState initialSessionState) {
        this(host, initialSessionState, null);
    }

    /** A remote runspace: its pipelines run in the server that {@code connectionInfo} names. */
    Runspace(Host host, RunspaceConnectionInfo connectionInfo) {
        this(host, InitialSessionState.createDefault(), connectionInfo);
    }

    private Runspace(Host host, InitialSessionState initialSessionState, RunspaceConnectionInfo connectionInfo) {
        this.connectionInfo = connectionInfo;
        this.remote = connectionInfo == null ? null : connectionInfo.newSession();
        this.host = host == null ? new DefaultHost() : host;
        this.initialSessionState = initialSessionState.Clone();
        this.threadOptions = initialSessionState.getThreadOptions();
        this.apartmentState = initialSessionState.getApartmentState();
        REGISTRY.put(id, new WeakReference<>(this));
        // registered first, so that AvailabilityChanged comes before the StateChanged of the same change
        states.addListener(info -> fireAvailability(info.state() == RunspaceState.Opened
                ? RunspaceAvailability.Available : RunspaceAvailability.None));
    }

    // ---- identity ----

    /**
     * {@return the process-wide id: 1 for the first runspace and one more for each runspace created after it, pool
     * members included; never reused}
     */
    public int getId() {
        return id;
    }

    /** {@return the name: {@code Runspace<Id>} unless set} */
    public String getName() {
        return name;
    }

    /**
     * Renames the runspace, at any time; no check for validity or uniqueness.
     *
     * @param name the new name
     */
    public void setName(String name) {
        this.name = name;
    }

    /** {@return a Guid that identifies this runspace, new for each runspace} */
    public Guid getInstanceId() {
        return instanceId;
    }

    /**
     * {@return the runspace's own copy of the initial session state it was created from, which Open and
     * ResetRunspaceState read}
     */
    public InitialSessionState getInitialSessionState() {
        return initialSessionState;
    }

    /** {@return whether the runspace runs in another process (made from a connection info)} */
    public boolean getRunspaceIsRemote() {
        return remote != null;
    }

    /** {@return the connection info of a remote runspace; null for a local one (Get-Runspace shows localhost)} */
    public RunspaceConnectionInfo getConnectionInfo() {
        return connectionInfo;
    }

    /** The connection of a remote runspace, which runs its invocations; null for a local one. */
    RemoteSession remote() {
        return remote;
    }

    /** The runspace's host: a remote runspace's answers its server's host calls. */
    Host host() {
        return host;
    }

    // ---- state ----

    /**
     * {@return the current state and, for Broken, the exception that caused it} The value is a snapshot: later
     * transitions do not change it.
     */
    public StateInfo<RunspaceState> getRunspaceStateInfo() {
        return states.info();
    }

    /**
     * {@return None unless Opened; then Busy while a pipeline runs, else Available (a SessionStateProxy call in
     * progress does not count)}
     */
    public RunspaceAvailability getRunspaceAvailability() {
        if (states.state() != RunspaceState.Opened) {
            return RunspaceAvailability.None;
        }
        RunningPipeline occupant = running.get();
        return occupant == null || occupant.isProxyCall() ? RunspaceAvailability.Available
                : RunspaceAvailability.Busy;
    }

    /**
     * Java listeners for StateChanged; scripts subscribe with Register-ObjectEvent.
     *
     * @param listener called with each new state on the thread that made the transition, after the
     *     AvailabilityChanged listeners; what it throws is ignored, and it is not told of earlier changes
     */
    public void addStateChangedListener(Consumer<StateInfo<RunspaceState>> listener) {
        states.addListener(listener);
    }

    /**
     * Removes a listener added with {@link #addStateChangedListener}; one never added is ignored.
     *
     * @param listener the listener to remove
     */
    public void removeStateChangedListener(Consumer<StateInfo<RunspaceState>> listener) {
        states.removeListener(listener);
    }

    /**
     * Java listeners for AvailabilityChanged; scripts subscribe with Register-ObjectEvent. Each change of
     * {@link #getRunspaceAvailability()} is announced once, before the StateChanged of the same transition.
     *
     * @param listener called with the new availability on the thread that changed it (for a pipeline, Busy on the
     *     invoking thread, Available on the pipeline's when it ends); what it throws is ignored
     */
    public void addAvailabilityChangedListener(Consumer<RunspaceAvailability> listener) {
        availabilityListeners.add(listener);
    }

    /**
     * Removes a listener added with {@link #addAvailabilityChangedListener}; one never added is ignored.
     *
     * @param listener the listener to remove
     */
    public void removeAvailabilityChangedListener(Consumer<RunspaceAvailability> listener) {
        availabilityListeners.remove(listener);
    }

    // ---- threading ----

    /**
     * {@return which thread runs the pipelines: the initial session state's value unless set (a pool sets its
     * members')}
     */
    public PSThreadOptions getThreadOptions() {
        return threadOptions;
    }

    /**
     * Settable before Open; afterwards only a change to ReuseThread is allowed, and not for an STA runspace
     * (spec 1.3). Setting the current value again is always a silent no-op.
     *
     * @param options the new value; a change that is not allowed throws InvalidOperationException
     *     (InvalidThreadOptionsChange)
     */
    public void setThreadOptions(PSThreadOptions options) {
        if (options == threadOptions) {
            return;
        }
        if (states.state() != RunspaceState.BeforeOpen
                && (options != PSThreadOptions.ReuseThread || apartmentState == ApartmentState.STA)) {
            throw RunspaceErrors.invalidThreadOptionsChange();
        }
        threadOptions = options;
    }

    /**
     * {@return the apartment state: the initial session state's unless set; stored only, as the JVM has no apartments}
     */
    public ApartmentState getApartmentState() {
        return apartmentState;
    }

    /**
     * Sets the apartment state; only in BeforeOpen, else InvalidRunspaceStateException (ChangePropertyAfterOpen).
     *
     * @param state the new value, stored only
     */
    public void setApartmentState(ApartmentState state) {
        if (states.state() != RunspaceState.BeforeOpen) {
            throw RunspaceErrors.changeAfterOpen();
        }
        apartmentState = state;
    }

    /**
     * {@code [runspace]::DefaultRunspace}: the runspace whose pipeline runs on this thread, or null.
     *
     * @return this thread's default runspace, or null
     */
    public static Runspace getDefaultRunspace() {
        return DEFAULT.get();
    }

    /**
     * Sets this thread's {@code [runspace]::DefaultRunspace}. A pipeline sets it on its own thread while it runs and
     * restores the previous value when it ends.
     *
     * @param runspace the runspace, or null for none
     */
    public static void setDefaultRunspace(Runspace runspace) {
        DEFAULT.set(runspace);
    }

    // ---- open and close ----

    /**
     * Opens synchronously, raising the state changes on this thread: Opening, then Opened once the session is built,
     * then the initial session state's modules are imported and its startup scripts run. If the session cannot be built
     * (as when the initial session state sets an ExecutionPolicy) the runspace goes Broken and the exception is
     * rethrown. A module or startup script that fails makes it Broken and throws RunspaceOpenModuleLoadException
     * (ErrorLoadingModulesOnRunspaceOpen) only when ThrowOnRunspaceOpenError is set; otherwise its errors are reported
     * in the session and the runspace stays Opened. Any state but BeforeOpen throws InvalidRunspaceStateException
     * (CannotOpenAgain), a closed runspace included.
     */
    public void open() {
        if (!states.transition(OPENABLE, RunspaceState.Opening, null)) {
            throw RunspaceErrors.cannotOpenAgain(states.state());
        }
        finishOpening();
    }

    /**
     * Opens on another thread; a failure shows only in RunspaceStateInfo.Reason. The state is Opening when it
     * returns, as in pwsh, so a close that follows waits for the open to end.
     */
    public void openAsync() {
        if (!states.transition(OPENABLE, RunspaceState.Opening, null)) {
            throw RunspaceErrors.cannotOpenAgain(states.state());
        }
        EngineThreads.virtual(name + " open").start(() -> {
            try {
                finishOpening();
            } catch (RuntimeException ignored) {
                // the state is Broken and its Reason says why
            }
        });
    }

    /** From Opening: creates the session, then Opened and the session state's imports, or Broken. */
    private void finishOpening() {
        if (remote != null) {
            try {
                remote.open(reason -> states.transition(EnumSet.of(RunspaceState.Opened), RunspaceState.Broken,
                        reason));
            } catch (RuntimeException e) {
                states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Broken, e);
                throw e;
            }
            states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Opened, null);
            return;
        }
        ProcessService.startAll();
        try {
            context = initialSessionState.createSession(host);
            PSEventManager.of(context).attach(new RunspaceEventOwner(this));
        } catch (RuntimeException e) {
            states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Broken, e);
            throw e;
        }
        states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Opened, null);
        var failure = initialSessionState.bind(context);
        if (failure != null && initialSessionState.getThrowOnRunspaceOpenError()) {
            RuntimeException error = RunspaceErrors.moduleLoadOnOpen(failure.name(), failure.errors());
            states.transition(EnumSet.of(RunspaceState.Opened), RunspaceState.Broken, error);
            throw error;
        }
    }

    /**
     * The close sequence of spec 1.6: queues PowerShell.Exiting, stops the running pipeline, if any, closes the
     * event manager (which runs the pending actions, Exiting's among them, on this thread and ends every
     * subscription), and closes; closing the primary runspace then disposes every other open runspace. Closing a
     * closed or broken runspace does nothing. Refused while a SessionStateProxy call is in progress. Called by the
     * runspace's own running script, it closes in the background and stops that script with PipelineStoppedException.
     */
    @Override
    public void close() {
        states.awaitLeaving(RunspaceState.Opening);
        RunningPipeline occupant = running.get();
        if (occupant != null && occupant.isProxyCall()) {
            throw RunspaceErrors.closeWhileProxyCall();
        }
        if (isRunningOnCurrentThread()) {
            // the runspace's own script closes it: waiting here for that script to stop would never end, so the
            // close goes on in the background and the script stops now, as a stop from outside would stop it
            closeAsync();
            if (occupant.owner() instanceof PowerShell shell) {
                shell.stop();
            }
            Thread.currentThread().interrupt();
            throw RunspaceErrors.stopped();
        }
        if (!states.transition(CLOSABLE, RunspaceState.Closing, null)) {
            return;
        }
        if (context != null) {
            PSEventManager.of(context).raiseExiting();
        }
        RunningPipeline pipeline = running.get();
        if (pipeline != null && pipeline.owner() instanceof PowerShell shell) {
            shell.stop();
        }
        if (context != null) {
            PSEventManager.of(context).close();
        }
        if (remote != null) {
            remote.close();
        }
        synchronized (this) {
            if (reusedThread != null) {
                reusedThread.shutdown();
                reusedThread = null;
            }
        }
        states.transition(EnumSet.of(RunspaceState.Closing), RunspaceState.Closed, null);
        if (PRIMARY.compareAndSet(this, null)) {
            disposeOtherOpenRunspaces();
        }
    }

    private void disposeOtherOpenRunspaces() {
        for (Runspace other : all()) {
            if (other != this && other.states.state() == RunspaceState.Opened) {
                other.dispose();
            }
        }
    }

    /**
     * Closes on a new thread, as {@link #close()} does, and returns at once, before Closing is raised. A refusal (a
     * SessionStateProxy call in progress) goes to that thread's uncaught-exception handler.
     */
    public void closeAsync() {
        EngineThreads.virtual(name + " close").start(this::close);
    }

    /**
     * Drops a remote runspace's connection, its server keeping the commands running ({@link RemoteReconnection});
     * a local runspace refuses (DisconnectNotSupported), as does a transport that cannot reconnect
     * (DisconnectNotSupportedOnServer).
     */
    public void disconnect() {
        RemoteReconnection.disconnect(remote, states, null);
    }

    /** As {@link #disconnect()}, the disconnection made on a thread of its own. */
    public void disconnectAsync() {
        RemoteReconnection.disconnect(remote, states, name + " disconnect");
    }

    /** Reconnects a Disconnected remote runspace; a local one refuses (ConnectNotSupported). */
    public void connect() {
        RemoteReconnection.connect(remote, states, null);
    }

    /** As {@link #connect()}, the reconnection made on a thread of its own. */
    public void connectAsync() {
        RemoteReconnection.connect(remote, states, name + " connect");
    }

    /**
     * A local runspace has no disconnected pipelines to reconnect to.
     *
     * @return never returns: always InvalidRunspaceStateException (DisconnectConnectNotSupported)
     */
    public Pipeline createDisconnectedPipeline() {
        throw RunspaceErrors.disconnectConnectNotSupported();
    }

    /**
     * Always throws InvalidRunspaceStateException (DisconnectConnectNotSupported): a local runspace has no disconnected
     * commands to reconnect to.
     *
     * @return never returns
     */
    public PowerShell createDisconnectedPowerShell() {
        throw RunspaceErrors.disconnectConnectNotSupported();
    }

    /** Closes, and removes the runspace from the list Get-Runspace shows. Idempotent. */
    public void dispose() {
        if (disposed) {
            return;
        }
        close();
        disposed = true;
        REGISTRY.remove(id);
    }

    /** {@return whether {@link #dispose()} has finished for this runspace} */
    public boolean isDisposed() {
        return disposed;
    }

    // ---- session ----

    /**
     * The session state, for the engine's own use; the runspace must be open.
     *
     * @return the session; a runspace not Opened throws InvalidRunspaceStateException (RunspaceNotInOpenedState)
     */
    public ExecutionContext context() {
        if (states.state() != RunspaceState.Opened) {
            throw RunspaceErrors.notOpened(states.state());
        }
        return context;
    }

    /**
     * Gives an open, idle runspace a fresh global scope: the built-in variables and its initial session
     * state's entries, an empty {@code $Error}. Unlike pwsh, functions defined since open are removed too.
     * A runspace not Opened throws PSInvalidOperationException (RunspaceNotInOpenedState), a busy one
     * PSInvalidOperationException (ConcurrentInvokeNotAllowed).
     */
    public void resetRunspaceState() {
        if (states.state() != RunspaceState.Opened) {
            throw RunspaceErrors.resetNotOpened(states.state());
        }
        if (isBusy()) {
            throw RunspaceErrors.concurrentInvoke();
        }
        context.reset();
        initialSessionState.defineEntries(context);
    }

    /**
     * {@code $runspace.Events}: the session's event manager; null until the runspace has opened.
     *
     * @return the event manager, or null before Open
     */
    public PSEventManager getEvents() {
        return states.state() == RunspaceState.BeforeOpen || context == null ? null : PSEventManager.of(context);
    }

    /**
     * A pipeline for this runspace, empty or with one script; none after Dispose.
     *
     * @return a new, empty pipeline; a disposed runspace throws ObjectDisposedException
     */
    public Pipeline createPipeline() {
        if (disposed) {
            throw RunspaceErrors.disposed("runspace");
        }
        return new Pipeline(this, PowerShell.create(this));
    }

    /**
     * {@return a new pipeline running {@code script}, as {@code CreatePipeline()} followed by
     * {@code Commands.AddScript(script)}} A disposed runspace throws ObjectDisposedException.
     *
     * @param script the script text, parsed when the pipeline is invoked
     */
    public Pipeline createPipeline(String script) {
        Pipeline pipeline = createPipeline();
        pipeline.getCommands().addScript(script);
        return pipeline;
    }

    /**
     * {@return a proxy to this runspace's global session state (see {@link SessionStateProxy} for when its calls are
     * allowed)} A disposed runspace throws ObjectDisposedException.
     */
    public SessionStateProxy getSessionStateProxy() {
        if (disposed) {
            throw RunspaceErrors.disposed("runspace");
        }
        return new SessionStateProxy(this);
    }

    /** Whether a pipeline or a SessionStateProxy call is in progress now, for ResetRunspaceState. */
    boolean isBusy() {
        return running.get() != null;
    }

    /**
     * Runs {@code pipeline} as this runspace's one top-level pipeline, on the thread its ThreadOptions say;
     * the future completes when it has ended. A second pipeline while one runs fails ConcurrentInvokeNotAllowed.
     * PowerShell instances use it, and so do hosts that run their own scripts (the console). A runspace not Opened
     * throws InvalidRunspaceStateException (InvalidRunspaceState), and one serving a SessionStateProxy call
     * InvalidOperationException (NoPipelineWhenSessionStateProxyInProgress).
     *
     * @param owner what runs the pipeline; Close stops it first when it is a {@link PowerShell}
     * @param pipeline the work, run with {@code [runspace]::DefaultRunspace} set to this runspace
     * @return completes, exceptionally with what {@code pipeline} threw, once the runspace is free again
     */
    public CompletableFuture<Void> execute(Object owner, Runnable pipeline) {
        return execute(owner, pipeline, false);
    }

    /**
     * As {@link #execute(Object, Runnable)}; {@code callerWaits} says that the calling thread will do nothing but wait
     * for the returned future (a synchronous Invoke). With the Default and UseNewThread options the pipeline then runs
     * on the calling thread itself, as UseCurrentThread runs it, instead of on a new thread the caller would wait for:
     * the hand-off between two threads costs far more than a small pipeline. Only a thread that runs no PowerShell
     * pipeline (an embedding program's) and is not interrupted is used so: a pipeline's thread invoking another
     * runspace keeps its stack for its own script, as a new thread would. What differs from a new thread is the
     * thread's identity ({@code [Threading.Thread]::CurrentThread}); the culture the script sets is put back when it
     * ends, as pwsh does for UseCurrentThread, and an interrupt of the calling thread while it runs stops the
     * pipeline, as Stop() does.
     */
    public CompletableFuture<Void> execute(Object owner, Runnable pipeline, boolean callerWaits) {
        if (states.state() != RunspaceState.Opened) {
            throw RunspaceErrors.powerShellRunspaceNotOpened(states.state());
        }
        RunningPipeline entry = new RunningPipeline(owner);
        RunningPipeline occupant = occupy(entry);
        if (occupant != null) {
            throw occupant.isProxyCall() ? RunspaceErrors.pipelineWhileProxyCall() : RunspaceErrors.concurrentInvoke();
        }
        fireAvailability(RunspaceAvailability.Busy);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable body = () -> {
            entry.attach();
            Runspace previous = DEFAULT.get();
            DEFAULT.set(this);
            ExecutionContext previousContext = context == null ? null : context.enterThread();
            Throwable failure = null;
            try {
                pipeline.run();
            } catch (Throwable t) {
                failure = t;
            } finally {
                if (context != null) {
                    ExecutionContext.leaveThread(previousContext);
                }
                DEFAULT.set(previous);
                entry.detach();
                running.set(null);
                if (states.state() == RunspaceState.Opened) {
                    fireAvailability(RunspaceAvailability.Available);
                }
            }
            // completed only once the runspace is free, so that whoever is waiting for it can start at once
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
        };
        switch (threadOptions) {
            case UseCurrentThread -> runOnCallingThread(body);
            case ReuseThread -> reusedThread().execute(body);
            default -> {
                if (callerWaits && ExecutionContext.onThisThread() == null && !Thread.currentThread().isInterrupted()) {
                    runOnCallingThread(body);
                } else {
                    EngineThreads.virtual(name + " pipeline").start(body);
                }
            }
        }
        return done;
    }

    /** Runs a pipeline's {@code body} on this thread, giving the thread back the culture it had. */
    private static void runOnCallingThread(Runnable body) {
        FormatCulture culture = FormatCulture.setOnThread();
        try {
            body.run();
        } finally {
            FormatCulture.setCurrent(culture);
        }
    }

    /**
     * Runs {@code call} as a SessionStateProxy call on behalf of {@code proxy} (spec 4): the runspace must be
     * Opened and neither running a pipeline nor serving another proxy call, and while the call runs no pipeline
     * may start and the runspace may not close.
     */
    <T> T proxyCall(SessionStateProxy proxy, Supplier<T> call) {
        if (states.state() != RunspaceState.Opened) {
            throw RunspaceErrors.notOpened(states.state());
        }
        RunningPipeline entry = new RunningPipeline(proxy);
        RunningPipeline occupant = occupy(entry);
        if (occupant != null) {
            throw occupant.isProxyCall() ? RunspaceErrors.anotherProxyCallInProgress()
                    : RunspaceErrors.proxyWhilePipelineRuns();
        }
        try {
            return call.get();
        } finally {
            running.set(null);
        }
    }

    /** Makes {@code entry} the occupant when there is none and returns null; otherwise returns the occupant. */
    private RunningPipeline occupy(RunningPipeline entry) {
        while (!running.compareAndSet(null, entry)) {
            RunningPipeline occupant = running.get();
            if (occupant != null) {
                return occupant;
            }
        }
        return null;
    }

    /** Whether the calling thread is the one running this runspace's pipeline (a nested call is possible). */
    boolean isRunningOnCurrentThread() {
        RunningPipeline entry = running.get();
        return entry != null && entry.runsOn(Thread.currentThread());
    }

    /** Whether the calling thread is the one running the pipeline {@code owner} started here. */
    boolean isRunningOnCurrentThread(Object owner) {
        RunningPipeline entry = running.get();
        return entry != null && entry.owner() == owner && entry.runsOn(Thread.currentThread());
    }

    /**
     * How the event manager runs pending actions while the runspace is idle: as a pipeline of their own on the
     * runspace's thread. False when the runspace is busy or not open.
     */
    boolean runWhenIdle(Runnable actions) {
        if (states.state() != RunspaceState.Opened || running.get() != null) {
            return false;
        }
        try {
            execute(PSEventManager.of(context), actions);
            return true;
        } catch (dev.jpwsh.runtime.error.PSRuntimeException busyOrClosed) {
            return false;
        }
    }

    /**
     * Interrupts the thread running the pipeline {@code owner} started, if it still occupies the runspace; a pipeline
     * whose thread has not started yet is interrupted as it starts. The pipeline then stops at its next stop point
     * (a statement, a loop iteration, a blocking wait), running its {@code finally} blocks.
     *
     * @param owner what started the pipeline with {@link #execute}
     */
    public void interrupt(Object owner) {
        RunningPipeline entry = running.get();
        if (entry != null && entry.owner() == owner) {
            entry.stop();
        }
    }

    private synchronized ExecutorService reusedThread() {
        if (reusedThread == null) {
            reusedThread = Executors.newSingleThreadExecutor(EngineThreads.virtual(name + " thread").factory());
        }
        return reusedThread;
    }

    /** Raises AvailabilityChanged when the value differs from the last one raised. */
    private void fireAvailability(RunspaceAvailability availability) {
        if (lastAvailability.getAndSet(availability) == availability) {
            return;
        }
        for (Consumer<RunspaceAvailability> listener : availabilityListeners) {
            try {
                listener.accept(availability);
            } catch (RuntimeException ignored) {
                // a subscriber's failure is its own
            }
        }
    }

    // ---- the process's runspaces ----

    /**
     * Marks the process's primary runspace, the console's: when it closes, every other runspace still open is
     * disposed (spec 1.6 step 8). Only one at a time; pwsh allows one per process, but here the mark goes when that
     * runspace closes, so that a process hosting one console session after another (the golden tests) marks each.
     *
     * @param runspace the console's runspace; while another is marked, PSInvalidOperationException
     *     (PrimaryRunspaceAlreadySet)
     */
    public static void setPrimaryRunspace(Runspace runspace) {
        if (!PRIMARY.compareAndSet(null, runspace)) {
            throw RunspaceErrors.primaryRunspaceAlreadySet();
        }
    }

    /**
     * The primary runspace, or null when no host has marked one (or it has closed).
     *
     * @return the primary runspace, or null
     */
    public static Runspace getPrimaryRunspace() {
        return PRIMARY.get();
    }

    /**
     * Every runspace created and not disposed (nor collected), in id order: what Get-Runspace lists.
     *
     * @return a new list of those runspaces
     */
    public static List<Runspace> all() {
        List<Runspace> live = new ArrayList<>();
        REGISTRY.forEach((id, ref) -> {
            Runspace r = ref.get();
            if (r == null) {
                REGISTRY.remove(id, ref);
            } else {
                live.add(r);
            }
        });
        return live;
    }

    @Override
    public String toString() {
        return remote == null ? "System.Management.Automation.Runspaces.LocalRunspace"
                : "System.Management.Automation.RemoteRunspace";
    }
}
