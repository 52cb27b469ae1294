package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.types.DotNetName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A set of runspaces that PowerShell instances borrow one at a time. Open creates one runspace; more are
 * created only when a request finds none idle and fewer than the maximum exist. Idle runspaces are reused
 * last-in first-out; requests beyond the maximum wait first-in first-out. A returned runspace keeps its state.
 *
 * <p>States and transitions (RunspacePoolState, the names of RunspaceState):
 * <pre>
 * BeforeOpen --open()--> Opening --first runspace opened--> Opened
 *                        Opening --it failed--------------> Broken (open() rethrows)
 * BeforeOpen, Opened --close()/dispose()--> Closing --waiting requests failed, members closed--> Closed
 * Closing, Closed, Broken --close()--> (no change)
 * anything but BeforeOpen --open()--> InvalidRunspacePoolStateException (CannotOpenAgain)
 * </pre>
 *
 * <p>Thread safety: this object's monitor guards {@code members}, {@code idle}, {@code waiting}, {@code min}
 * and {@code max}; futures of waiting requests are completed outside it. The state machine has its own lock.
 */
@DotNetName("System.Management.Automation.Runspaces.RunspacePool")
public final class RunspacePool implements AutoCloseable {
    private static final Set<RunspaceState> CLOSABLE = EnumSet.of(RunspaceState.BeforeOpen, RunspaceState.Opened);

    private final UUID instanceId = UUID.randomUUID();
    private final StateMachine<RunspaceState> states = new StateMachine<>(RunspaceState.BeforeOpen);
    private final InitialSessionState initialSessionState;
    private final Host host;
    private final List<Runspace> members = new ArrayList<>();
    private final Deque<Runspace> idle = new ArrayDeque<>();
    private final Deque<CompletableFuture<Runspace>> waiting = new ArrayDeque<>();
    private int min;
    private int max;
    private volatile PSThreadOptions threadOptions = PSThreadOptions.Default;
    private volatile ApartmentState apartmentState = ApartmentState.Unknown;
    private volatile Object cleanupInterval;
    private volatile boolean disposed;

    RunspacePool(int min, int max, InitialSessionState initialSessionState, Host host) {
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

    public UUID getInstanceId() {
        return instanceId;
    }

    public StateInfo<RunspaceState> getRunspacePoolStateInfo() {
        return states.info();
    }

    public RunspaceAvailability getRunspacePoolAvailability() {
        return states.state() == RunspaceState.Opened ? RunspaceAvailability.Available : RunspaceAvailability.None;
    }

    public boolean getIsDisposed() {
        return disposed;
    }

    public InitialSessionState getInitialSessionState() {
        return initialSessionState;
    }

    public PSThreadOptions getThreadOptions() {
        return threadOptions;
    }

    public void setThreadOptions(PSThreadOptions options) {
        checkBeforeOpen();
        threadOptions = options;
    }

    public ApartmentState getApartmentState() {
        return apartmentState;
    }

    public void setApartmentState(ApartmentState state) {
        checkBeforeOpen();
        apartmentState = state;
    }

    /** How long idle runspaces above the minimum may stay; stored, as jpwsh does not trim pools yet. */
    public Object getCleanupInterval() {
        return cleanupInterval;
    }

    public void setCleanupInterval(Object interval) {
        cleanupInterval = interval;
    }

    private void checkBeforeOpen() {
        if (states.state() != RunspaceState.BeforeOpen) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("ChangePropertyAfterOpen", "InvalidOperation",
                    "This property cannot be changed after the runspace pool has been opened.", null,
                    "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException");
        }
    }

    public void addStateChangedListener(java.util.function.Consumer<StateInfo<RunspaceState>> listener) {
        states.addListener(listener);
    }

    // ---- sizing ----

    public synchronized int getMaxRunspaces() {
        return max;
    }

    public synchronized int getMinRunspaces() {
        return min;
    }

    /** False when {@code n} is below the minimum; shrinking retires idle runspaces above it at once. */
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
                assigned.add(createMember());
            }
        }
        retired.forEach(Runspace::dispose);
        for (int i = 0; i < served.size(); i++) {
            handOver(served.get(i), assigned.get(i));
        }
        return true;
    }

    public synchronized boolean setMinRunspaces(int n) {
        if (n < 1 || n > max) {
            return false;
        }
        min = n;
        return true;
    }

    /** Idle runspaces plus those that may still be created. */
    public synchronized int getAvailableRunspaces() {
        return switch (states.state()) {
            case BeforeOpen, Opening -> max;
            case Opened -> idle.size() + Math.max(0, max - members.size());
            default -> throw RunspaceErrors.poolClosedOrFailed();
        };
    }

    // ---- open and close ----

    public void open() {
        if (!states.transition(EnumSet.of(RunspaceState.BeforeOpen), RunspaceState.Opening, null)) {
            throw RunspaceErrors.poolCannotOpenAgain(states.state());
        }
        try {
            synchronized (this) {
                idle.push(createMember());
            }
        } catch (RuntimeException e) {
            states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Broken, e);
            throw e;
        }
        states.transition(EnumSet.of(RunspaceState.Opening), RunspaceState.Opened, null);
    }

    /** Fails the waiting requests, closes and disposes every member (newest first), then Closed. */
    @Override
    public void close() {
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
        }
        refused.forEach(request -> request.completeExceptionally(RunspaceErrors.poolNotOpened(RunspaceState.Closing)));
        for (Runspace member : all.reversed()) {
            member.dispose();
        }
        states.transition(EnumSet.of(RunspaceState.Closing), RunspaceState.Closed, null);
    }

    public void dispose() {
        close();
        disposed = true;
    }

    // ---- lending ----

    /** A runspace for one invocation: an idle one, a new one, or, at the maximum, the next one released. */
    CompletableFuture<Runspace> request() {
        synchronized (this) {
            if (states.state() != RunspaceState.Opened) {
                throw RunspaceErrors.poolNotOpened(states.state());
            }
            if (!idle.isEmpty()) {
                return CompletableFuture.completedFuture(idle.pop());
            }
            if (members.size() < max) {
                return CompletableFuture.completedFuture(createMember());
            }
            CompletableFuture<Runspace> request = new CompletableFuture<>();
            waiting.add(request);
            return request;
        }
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

    /** A new opened member runspace; the caller holds the monitor. */
    private Runspace createMember() {
        Runspace member = new Runspace(host, initialSessionState);
        member.setThreadOptions(threadOptions == PSThreadOptions.Default ? PSThreadOptions.ReuseThread
                : threadOptions);
        member.setApartmentState(apartmentState);
        member.open();
        members.add(member);
        return member;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.RunspacePool";
    }
}
