package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.InstanceIds;
import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.AsyncResult;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.dotnet.time.TimeSpan;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A set of runspaces that PowerShell instances borrow one at a time. Open creates one runspace; more are
 * created only when a request finds none idle and fewer than the maximum exist. Idle runspaces are reused
 * last-in first-out; requests beyond the maximum wait first-in first-out. A returned runspace keeps its state.
 *
 * <p>States and transitions (RunspacePoolState, the names of RunspaceState):
 * <pre>
 * BeforeOpen --open()/beginOpen()--> Opening --first runspace opened--> Opened
 *                                    Opening --it failed--------------> Broken (open()/endOpen() rethrows)
 * BeforeOpen, Opened --close()/beginClose()/dispose()--> Closing --waiting requests failed, members closed--> Closed
 * Opening --close()--> (waits for Opened or Broken, then as above)
 * Closing, Closed, Broken --close()/beginClose()--> (no change; beginClose's result is already completed)
 * anything but BeforeOpen --open()/beginOpen()--> InvalidRunspacePoolStateException (CannotOpenAgain)
 * </pre>
 *
 * <p>The cleanup timer (spec 2.3), a virtual thread that exists only while the pool holds more than min runspaces:
 * <pre>
 * none    --a member is created, or min is lowered, with more than min members--> waiting (for CleanupInterval)
 * waiting --a member is created, or CleanupInterval is set--> waiting, the interval counted from now
 * waiting --interval elapsed--> idle members above min closed and disposed, oldest first --> waiting
 * waiting --woken with at most min members, or the pool no longer Opened (close wakes it)--> none
 * </pre>
 *
 * <p>Thread safety: this object's monitor guards {@code members}, {@code idle}, {@code waiting}, {@code min},
 * {@code max}, {@code cleanupInterval}, {@code cleanupDue} and {@code cleanupTimer}; the timer waits on it.
 * Futures of waiting requests are completed, new members opened and retired runspaces disposed, outside it: a
 * member counts in {@code members} from the moment its slot is taken, before it is open. The state machine has
 * its own lock.
 */
@DotNetName("System.Management.Automation.Runspaces.RunspacePool")
public final class RunspacePool implements AutoCloseable {
    private static final Set<RunspaceState> CLOSABLE = EnumSet.of(RunspaceState.BeforeOpen, RunspaceState.Opened);
    private static final TimeSpan DEFAULT_CLEANUP_INTERVAL = new TimeSpan(Duration.ofMinutes(15));

    private final Guid instanceId = InstanceIds.next();
    private final StateMachine<RunspaceState> states = new StateMachine<>(RunspaceState.BeforeOpen);
    private final InitialSessionState initialSessionState;
    private final Host host;
    /** Where the members run, for a remote pool; null for a local one. */
    private final RunspaceConnectionInfo connectionInfo;
    private final List<Runspace> members = new ArrayList<>();
    private final Deque<Runspace> idle = new ArrayDeque<>();
    private final Deque<CompletableFuture<Runspace>> waiting = new ArrayDeque<>();
    private int min;
    private int max;
    private volatile PSThreadOptions threadOptions = PSThreadOptions.Default;
    private volatile ApartmentState apartmentState = ApartmentState.Unknown;
    private TimeSpan cleanupInterval = DEFAULT_CLEANUP_INTERVAL;
    /** When the cleanup timer next trims, in System.nanoTime terms. */
    private long cleanupDue;
    /** The cleanup timer's thread, or null while there is nothing above min to clean up. */
    private Thread cleanupTimer;
    private volatile boolean disposed;

    RunspacePool(int min, int max, InitialSessionState initialSessionState, Host host) {
        this(min, max, initialSessionState, host, null);
    }

    /** A pool of remote runspaces, each connected on its own to the server {@code connectionInfo} names. */
    RunspacePool(int min, int max, RunspaceConnectionInfo connectionInfo) {
        this(min, max, InitialSessionState.createDefault(), new DefaultHost(), connectionInfo);
    }

    private RunspacePool(int min, int max, InitialSessionState initialSessionState, Host host,
            RunspaceConnectionInfo connectionInfo) {
        this.connectionInfo = connectionInfo;
        if (max < 1) {
            throw RunspaceErrors.poolSize("MaxPoolLessThan1", "The maximum pool size cannot be less than 1.");
        }
        if (min < 1) {
            throw RunspaceErrors.poolSize("MinPoolLessThan1", "The minimum pool size cannot be less than 1.");
        }
        if (min > max) {
            throw RunspaceErrors.poolSize("MinPoolGreaterThanMaxPool",
                    "The minimum pool size cannot be greater than the maximum pool size.");
        }
        this.min = min;
        this.max = max;
        this.initialSessionState = initialSessionState.Clone();
        this.host = host;
        this.threadOptions = initialSessionState.getThreadOptions();
    }

    /** {@return where the members run, for a pool made from a connection info; null for a local pool} */
    public RunspaceConnectionInfo getConnectionInfo() {
        return connectionInfo;
    }

    /** {@return a Guid that identifies this pool, new for each pool} */
    public Guid getInstanceId() {
        return instanceId;
    }

    /**
     * {@return the pool's state (RunspacePoolState, whose names are RunspaceState's) and, for Broken, the exception
     * that caused it}
     */
    public StateInfo<RunspaceState> getRunspacePoolStateInfo() {
        return states.info();
    }

    /** {@return Available while Opened, else None; a local pool never reports Busy} */
    public RunspaceAvailability getRunspacePoolAvailability() {
        return states.state() == RunspaceState.Opened ? RunspaceAvailability.Available : RunspaceAvailability.None;
    }

    /** {@return whether {@link #dispose()} has finished for this pool} */
    public boolean getIsDisposed() {
        return disposed;
    }

    /**
     * {@return the pool's own copy of the initial session state, made when the pool was created; each member runspace
     * is built from it when it is created}
     */
    public InitialSessionState getInitialSessionState() {
        return initialSessionState;
    }

    /**
     * {@return the thread options of the members: the initial session state's unless set; Default gives each member
     * ReuseThread}
     */
    public PSThreadOptions getThreadOptions() {
        return threadOptions;
    }

    /**
     * Sets the thread options of the members; only in BeforeOpen, else InvalidRunspacePoolStateException
     * (ChangePropertyAfterOpen).
     *
     * @param options the new value; Default means ReuseThread for each member
     */
    public void setThreadOptions(PSThreadOptions options) {
        checkBeforeOpen();
        threadOptions = options;
    }

    /** {@return the apartment state of the members: Unknown unless set; stored only, as the JVM has no apartments} */
    public ApartmentState getApartmentState() {
        return apartmentState;
    }

    /**
     * Sets the apartment state of the members; only in BeforeOpen, else InvalidRunspacePoolStateException
     * (ChangePropertyAfterOpen).
     *
     * @param state the new value, stored only
     */
    public void setApartmentState(ApartmentState state) {
        checkBeforeOpen();
        apartmentState = state;
    }

    /**
     * How often idle runspaces above the minimum are closed and disposed; 15 minutes unless set.
     *
     * @return the interval
     */
    public synchronized TimeSpan getCleanupInterval() {
        return cleanupInterval;
    }

    /**
     * Settable at any time; the timer's wait starts again from now with the new interval.
     *
     * @param interval the new interval; null throws PSArgumentNullException (ArgumentNull)
     */
    public synchronized void setCleanupInterval(TimeSpan interval) {
        if (interval == null) {
            throw RunspaceErrors.argumentNull("value");
        }
        cleanupInterval = interval;
        cleanupDue = System.nanoTime() + interval.duration().toNanos();
        notifyAll();
    }

    private void checkBeforeOpen() {
        if (states.state() != RunspaceState.BeforeOpen) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("ChangePropertyAfterOpen", "InvalidOperation",
                    "This property cannot be changed after the runspace pool has been opened.", null,
                    "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException");
        }
    }

    /**
     * Java listeners for StateChanged; scripts subscribe with Register-ObjectEvent.
     *
     * @param listener called with each new state on the thread that made the transition; what it throws is ignored
     */
    public void addStateChangedListener(java.util.function.Consumer<StateInfo<RunspaceState>> listener) {
        states.addListener(listener);
    }

    /**
     * Removes a listener added with {@link #addStateChangedListener}; one never added is ignored.
     *
     * @param listener the listener to remove
     */
    public void removeStateChangedListener(java.util.function.Consumer<StateInfo<RunspaceState>> listener) {
        states.removeListener(listener);
    }

    // ---- sizing ----

    /** {@return the most runspaces the pool holds at once} */
    public synchronized int getMaxRunspaces() {
        return max;
    }

    /** {@return the fewest runspaces the cleanup timer trims the pool down to; they are not created in advance} */
    public synchronized int getMinRunspaces() {
        return min;
    }

    /**
     * False when {@code n} is below the minimum; shrinking retires idle runspaces above it at once.
     *
     * @param n the new maximum; busy runspaces above it are retired when they come back, and a larger maximum
     *     serves waiting invocations at once
     * @return false, changing nothing, when {@code n} is below the minimum; else true
     */
    public boolean setMaxRunspaces(int n) {
        List<Runspace> retired = new ArrayList<>();
        List<CompletableFuture<Runspace>> served = new ArrayList<>();
        List<Runspace> assigned = new ArrayList<>();
        synchronized (this) {
            if (n < min) {
                return false;
            }
            max = n;
            while (members.size() > max && !idle.isEmpty()) {
                Runspace extra = idle.pop();
                members.remove(extra);
                retired.add(extra);
            }
            while (!waiting.isEmpty() && members.size() < max && states.state() == RunspaceState.Opened) {
                served.add(waiting.poll());
                assigned.add(newMember());
            }
        }
        retired.forEach(Runspace::dispose);
        for (int i = 0; i < served.size(); i++) {
            try {
                handOver(served.get(i), opened(assigned.get(i)));
            } catch (RuntimeException failure) {
                served.get(i).completeExceptionally(failure);
            }
        }
        return true;
    }

    /**
     * Sets the fewest runspaces the cleanup timer trims the pool down to; creates none.
     *
     * @param n the new minimum, from 1 to the maximum
     * @return false, changing nothing, when {@code n} is out of that range; else true
     */
    public synchronized boolean setMinRunspaces(int n) {
        if (n < 1 || n > max) {
            return false;
        }
        min = n;
        startCleanupTimerIfNeeded();
        return true;
    }

    /**
     * Idle runspaces plus those that may still be created.
     *
     * @return that count while Opened; the maximum before; a pool that is Closing, Closed or Broken throws
     *     InvalidOperationException (RunspacePoolNotOpened)
     */
    public synchronized int getAvailableRunspaces() {
        return switch (states.state()) {
            case BeforeOpen, Opening -> max;
            case Opened -> idle.size() + Math.max(0, max - members.size());
            default -> throw RunspaceErrors.poolClosedOrFailed();
        };
    }

    // ---- open and close ----

    /**
     * Opens synchronously, raising the state changes on this thread: Opening, then one runspace is created and opened,
     * then Opened; more runspaces are created only as invocations need them. If that runspace fails to open, the pool
     * goes Broken and the exception is rethrown. Any state but BeforeOpen throws InvalidRunspacePoolStateException
     * (CannotOpenAgain).
     */
    public void open() {
        startOpening();
        openFirstMember();
    }

    /**
     * Opens on another thread; {@link #endOpen} waits for it and rethrows its failure.
     *
     * @param callback called when the open has ended; may be null
     * @param state the result's AsyncState
     * @return the result to pass to {@link #endOpen}; Opening is raised on this thread before it returns, and a pool
     *     not in BeforeOpen throws InvalidRunspacePoolStateException (CannotOpenAgain) here instead
     */
    public RunspacePoolAsyncResult beginOpen(AsyncCallback callback, Object state) {
        startOpening();
        RunspacePoolAsyncResult result = new RunspacePoolAsyncResult(this, true, callback, state);
        EngineThreads.virtual("RunspacePool open").start(() -> result.complete(failureOf(this::openFirstMember)));
        return result;
    }

    /**
     * Waits for the open {@code result} stands for and rethrows its failure.
     *
     * @param result from this pool's {@link #beginOpen}; null throws PSArgumentNullException, any other result
     *     PSArgumentException (AsyncResultNotOwned)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void endOpen(AsyncResult result) throws InterruptedException {
        awaitEnd(result, true, "BeginOpen");
    }

    /**
     * Closes on another thread; for a pool that cannot close (any more) the result is already completed.
     *
     * @param callback called when the close has ended; may be null
     * @param state the result's AsyncState
     * @return the result to pass to {@link #endClose}
     */
    public RunspacePoolAsyncResult beginClose(AsyncCallback callback, Object state) {
        RunspacePoolAsyncResult result = new RunspacePoolAsyncResult(this, false, callback, state);
        if (CLOSABLE.contains(states.state())) {
            EngineThreads.virtual("RunspacePool close").start(() -> result.complete(failureOf(this::close)));
        } else {
            result.complete(null);
        }
        return result;
    }

    /**
     * Waits for the close {@code result} stands for.
     *
     * @param result from this pool's {@link #beginClose}; null throws PSArgumentNullException, any other result
     *     PSArgumentException (AsyncResultNotOwned)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void endClose(AsyncResult result) throws InterruptedException {
        awaitEnd(result, false, "BeginClose");
    }

    private void startOpening() {
        if (!states.transition(EnumSet.of(RunspaceState.BeforeOpen), RunspaceState.Opening, null)) {
            throw RunspaceErrors.poolCannotOpenAgain(states.state());
        }
    }

    private void openFirstMember() {
        try {
            Runspace first;
            synchronized (this) {
                first = newMember();
            }
            opened(first);
            synchronized (this) {
                idle.push(first);
            }
        } catch (RuntimeException e) {
            states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Broken, e);
            throw e;
        }
        states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Opened, null);
    }

    /**
     * Fails the waiting requests, closes and disposes every member (newest first), then Closed; a pool still Opening
     * (after BeginOpen) is closed once its open has ended.
     */
    @Override
    public void close() {
        states.awaitLeaving(RunspaceState.Opening);
        if (!states.transition(CLOSABLE, RunspaceState.Closing, null)) {
            return;
        }
        List<CompletableFuture<Runspace>> refused;
        List<Runspace> all;
        synchronized (this) {
            refused = new ArrayList<>(waiting);
            waiting.clear();
            all = new ArrayList<>(members);
            members.clear();
            idle.clear();
            notifyAll();
        }
        refused.forEach(request -> request.completeExceptionally(RunspaceErrors.poolNotOpened(RunspaceState.Closing)));
        for (Runspace member : all.reversed()) {
            member.dispose();
        }
        states.transition(EnumSet.of(RunspaceState.Closing), RunspaceState.Closed, null);
    }

    /** Closes the pool as {@link #close()} does, which also ends the cleanup timer, and marks it disposed. */
    public void dispose() {
        close();
        disposed = true;
    }

    // ---- disconnect and connect: remote pools only; a local pool refuses each (spec 2.1) ----

    /**
     * Disconnects every member of a remote pool (see {@link RemoteReconnection}); a local pool throws
     * InvalidOperationException (RunspaceDisconnectConnectNotSupported).
     */
    public void disconnect() {
        RemoteReconnection.pool(states, remoteMembers(), false);
    }

    /** As {@link #disconnect()}, on a thread of its own; the checks of a local pool are made at once. */
    public AsyncResult beginDisconnect(AsyncCallback callback, Object state) {
        return RemoteReconnection.poolAsync(states, checkedRemoteMembers(), false, callback, state);
    }

    /** Waits for {@link #beginDisconnect} and rethrows its failure. */
    public void endDisconnect(AsyncResult result) {
        RemoteReconnection.awaitPool(result);
    }

    /** Reconnects every member of a Disconnected remote pool; a local pool refuses as {@link #disconnect()} does. */
    public void connect() {
        RemoteReconnection.pool(states, remoteMembers(), true);
    }

    /** As {@link #connect()}, on a thread of its own. */
    public AsyncResult beginConnect(AsyncCallback callback, Object state) {
        return RemoteReconnection.poolAsync(states, checkedRemoteMembers(), true, callback, state);
    }

    /** Waits for {@link #beginConnect} and rethrows its failure. */
    public void endConnect(AsyncResult result) {
        RemoteReconnection.awaitPool(result);
    }

    /** {@return the members of a remote pool, as they are now; null for a local pool} */
    private synchronized List<Runspace> remoteMembers() {
        return connectionInfo == null ? null : List.copyOf(members);
    }

    private List<Runspace> checkedRemoteMembers() {
        List<Runspace> remote = remoteMembers();
        if (remote == null) {
            throw RunspaceErrors.poolDisconnectConnectNotSupported();
        }
        return remote;
    }

    /**
     * Always throws InvalidOperationException (RunspaceDisconnectConnectNotSupported): only remote pools have
     * disconnected commands to reconnect to.
     *
     * @return never returns
     */
    public List<PowerShell> createDisconnectedPowerShells() {
        throw RunspaceErrors.poolDisconnectConnectNotSupported();
    }

    /** Waits for the Begin call {@code result} stands for, which must be this pool's {@code beginMethod}. */
    private void awaitEnd(AsyncResult result, boolean open, String beginMethod) throws InterruptedException {
        if (result == null) {
            throw RunspaceErrors.argumentNull("asyncResult");
        }
        if (!(result instanceof RunspacePoolAsyncResult ours) || !ours.startedBy(this, open)) {
            throw RunspaceErrors.poolAsyncResultNotOwned(beginMethod);
        }
        if (result.await() instanceof RuntimeException failure) {
            throw failure;
        }
    }

    private static RuntimeException failureOf(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    // ---- the cleanup timer ----

    /** Starts the timer when there are runspaces above min and it is not running; the caller holds the monitor. */
    private void startCleanupTimerIfNeeded() {
        if (cleanupTimer == null && members.size() > min) {
            cleanupDue = System.nanoTime() + cleanupInterval.duration().toNanos();
            cleanupTimer = EngineThreads.virtual("RunspacePool cleanup").start(this::runCleanupTimer);
        }
    }

    /** Every CleanupInterval, retires the idle runspaces above min, until there are none above it. */
    private void runCleanupTimer() {
        while (true) {
            List<Runspace> retired = new ArrayList<>();
            synchronized (this) {
                try {
                    long wait;
                    while (cleanupNeeded() && (wait = cleanupDue - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(this, wait);
                    }
                } catch (InterruptedException e) {
                    cleanupTimer = null;
                    return;
                }
                if (!cleanupNeeded()) {
                    cleanupTimer = null;
                    return;
                }
                while (members.size() > min && !idle.isEmpty()) {
                    Runspace oldest = idle.removeLast();
                    members.remove(oldest);
                    retired.add(oldest);
                }
                cleanupDue = System.nanoTime() + cleanupInterval.duration().toNanos();
            }
            retired.forEach(Runspace::dispose);
        }
    }

    /** The caller holds the monitor. */
    private boolean cleanupNeeded() {
        return members.size() > min && states.state() == RunspaceState.Opened;
    }

    // ---- lending ----

    /**
     * A runspace for one invocation: an idle one at once; else a new one, opened on another thread so that the
     * caller (BeginInvoke) does not wait for it, as pwsh's pool opens one on a thread-pool thread; or, at the
     * maximum, the next one released.
     */
    CompletableFuture<Runspace> request() {
        Runspace fresh;
        synchronized (this) {
            if (states.state() != RunspaceState.Opened) {
                throw RunspaceErrors.poolNotOpened(states.state());
            }
            if (!idle.isEmpty()) {
                return CompletableFuture.completedFuture(idle.pop());
            }
            if (members.size() >= max) {
                CompletableFuture<Runspace> request = new CompletableFuture<>();
                waiting.add(request);
                return request;
            }
            fresh = newMember();
        }
        CompletableFuture<Runspace> request = new CompletableFuture<>();
        EngineThreads.virtual("RunspacePool member open").start(() -> {
            try {
                handOver(request, opened(fresh));
            } catch (RuntimeException failure) {
                request.completeExceptionally(failure);
            }
        });
        return request;
    }

    /** Takes a runspace back: to the next waiting request, to the idle stack, or retired if no longer needed. */
    void release(Runspace member) {
        CompletableFuture<Runspace> next;
        synchronized (this) {
            boolean usable = member.getRunspaceStateInfo().getState() == RunspaceState.Opened
                    && members.contains(member) && members.size() <= max;
            if (!usable) {
                members.remove(member);
                next = null;
            } else {
                next = waiting.poll();
                if (next == null) {
                    idle.push(member);
                    return;
                }
            }
        }
        if (next == null) {
            member.dispose();
        } else {
            handOver(next, member);
        }
    }

    /** Withdraws a waiting request whose PowerShell was stopped; the request completes cancelled. */
    void cancel(CompletableFuture<Runspace> request) {
        synchronized (this) {
            waiting.remove(request);
        }
        request.cancel(false);
    }

    /** Gives {@code member} to {@code request}, or takes it back if the request was cancelled meanwhile. */
    private void handOver(CompletableFuture<Runspace> request, Runspace member) {
        if (!request.complete(member)) {
            release(member);
        }
    }

    /**
     * A new member, not opened yet but counted at once, so that its slot is taken while {@link #opened} opens it
     * outside the monitor (a slow open, with module imports, holds up nobody else); the caller holds the monitor.
     */
    private Runspace newMember() {
        Runspace member = connectionInfo == null ? new Runspace(host, initialSessionState)
                : new Runspace(host, connectionInfo);
        member.setThreadOptions(threadOptions == PSThreadOptions.Default ? PSThreadOptions.ReuseThread
                : threadOptions);
        member.setApartmentState(apartmentState);
        members.add(member);
        cleanupDue = System.nanoTime() + cleanupInterval.duration().toNanos();
        startCleanupTimerIfNeeded();
        return member;
    }

    /** Opens a member {@link #newMember} made; called without the monitor. A failure gives its slot back. */
    private Runspace opened(Runspace member) {
        try {
            member.open();
            return member;
        } catch (RuntimeException failure) {
            synchronized (this) {
                members.remove(member);
            }
            member.dispose();
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.RunspacePool";
    }
}
