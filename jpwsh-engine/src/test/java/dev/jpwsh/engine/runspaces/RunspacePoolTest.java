package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.dotnet.threading.Threading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec 2.1-2.4 and 2.7: pool states, sizing, lazy LIFO members, FIFO queueing and close with work. */
class RunspacePoolTest {
    private static final String INVALID_POOL_STATE =
            "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException";

    /** Every runspace is created after this one, so members are told apart from older runspaces by id. */
    private final int idMark = markId();
    private final List<RunspacePool> pools = new ArrayList<>();

    @AfterEach
    void disposePools() {
        pools.forEach(RunspacePool::dispose);
    }

    private static int markId() {
        Runspace mark = RunspaceFactory.createRunspace();
        mark.dispose();
        return mark.getId();
    }

    private RunspacePool pool(int min, int max) {
        RunspacePool pool = RunspaceFactory.createRunspacePool(min, max);
        pools.add(pool);
        return pool;
    }

    /** The runspaces created since this test began and not disposed. */
    private List<Runspace> newRunspaces() {
        return Runspace.all().stream().filter(r -> r.getId() > idMark).toList();
    }

    private static PowerShell on(RunspacePool pool) {
        PowerShell shell = PowerShell.create();
        shell.setRunspacePool(pool);
        return shell;
    }

    /** A script's output: the runspace it ran in. */
    private static final String WHERE = "[runspace]::DefaultRunspace";

    /** Max below 1, min below 1 and min above max are argument errors. */
    @Test
    void constructorChecksSizes() {
        assertPSError(() -> RunspaceFactory.createRunspacePool(1, 0), "MaxPoolLessThan1", "System.ArgumentException");
        assertPSError(() -> RunspaceFactory.createRunspacePool(0, 1), "MinPoolLessThan1", "System.ArgumentException");
        assertPSError(() -> RunspaceFactory.createRunspacePool(3, 2), "MinPoolGreaterThanMaxPool",
                "System.ArgumentException");
    }

    /** Open raises Opening then Opened; close raises Closing then Closed; a second close does nothing. */
    @Test
    void stateEvents() {
        RunspacePool pool = pool(1, 2);
        List<RunspaceState> events = new CopyOnWriteArrayList<>();
        pool.addStateChangedListener(info -> events.add(info.getState()));
        assertThat(pool.getRunspacePoolAvailability()).isEqualTo(RunspaceAvailability.None);
        pool.open();
        assertThat(pool.getRunspacePoolAvailability()).isEqualTo(RunspaceAvailability.Available);
        pool.close();
        pool.close();
        assertThat(events).containsExactly(RunspaceState.Opening, RunspaceState.Opened, RunspaceState.Closing,
                RunspaceState.Closed);
        assertThat(pool.getRunspacePoolAvailability()).isEqualTo(RunspaceAvailability.None);
    }

    /** Open creates exactly one runspace, whatever the minimum. */
    @Test
    void openCreatesOneRunspace() {
        RunspacePool pool = pool(3, 5);
        pool.open();
        assertThat(newRunspaces()).hasSize(1);
        assertThat(newRunspaces().getFirst().getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Opened);
    }

    /** Sequential work reuses the one runspace; a second runspace appears only when two run at once. */
    @Test
    void growsLazily() throws Exception {
        RunspacePool pool = pool(1, 4);
        pool.open();
        Object first = on(pool).addScript(WHERE).invoke().getFirst();
        Object second = on(pool).addScript(WHERE).invoke().getFirst();
        assertThat(second).isSameAs(first);
        assertThat(newRunspaces()).hasSize(1);

        Gate gate = new Gate(2);
        PowerShell a = gate.hold(on(pool), WHERE);
        PowerShell b = gate.hold(on(pool), WHERE);
        PowerShellAsyncResult ra = a.beginInvoke();
        PowerShellAsyncResult rb = b.beginInvoke();
        gate.awaitStarted();
        assertThat(newRunspaces()).hasSize(2);
        gate.open();
        assertThat(a.endInvoke(ra).getFirst()).isNotSameAs(b.endInvoke(rb).getFirst());
    }

    /** Idle runspaces are handed out last-in first-out. */
    @Test
    void reusesTheMostRecentlyReleased() throws Exception {
        RunspacePool pool = pool(1, 3);
        pool.open();
        List<Gate> gates = List.of(new Gate(), new Gate(), new Gate());
        List<PowerShell> shells = new ArrayList<>();
        List<PowerShellAsyncResult> results = new ArrayList<>();
        for (Gate gate : gates) {
            PowerShell shell = gate.hold(on(pool), WHERE);
            shells.add(shell);
            results.add(shell.beginInvoke());
            gate.awaitStarted();
        }
        List<Object> used = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            gates.get(i).open();
            used.add(shells.get(i).endInvoke(results.get(i)).getFirst());
        }
        assertThat(used).doesNotHaveDuplicates();
        assertThat(on(pool).addScript(WHERE).invoke().getFirst()).isSameAs(used.get(2));
    }

    /** Work beyond the maximum waits, Running, and starts first-in first-out. */
    @Test
    void queuesFirstInFirstOut() throws Exception {
        RunspacePool pool = pool(1, 1);
        pool.open();
        Gate gate = new Gate();
        PowerShell blocker = gate.hold(on(pool), "");
        PowerShellAsyncResult blocked = blocker.beginInvoke();
        gate.awaitStarted();
        List<Object> log = new CopyOnWriteArrayList<>();
        List<PowerShell> queued = new ArrayList<>();
        List<PowerShellAsyncResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PowerShell shell = on(pool).addScript("param($log, $n) $null = $log.add($n)").addArgument(log)
                    .addArgument(i);
            queued.add(shell);
            results.add(shell.beginInvoke());
            assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Running);
        }
        assertThat(log).isEmpty();
        gate.open();
        blocker.endInvoke(blocked);
        for (int i = 0; i < 5; i++) {
            queued.get(i).endInvoke(results.get(i));
        }
        assertThat(log).containsExactly(0, 1, 2, 3, 4);
    }

    /** SetMaxRunspaces refuses a value below the minimum; SetMinRunspaces refuses below 1 or above the maximum. */
    @Test
    void sizeSettersReportWhetherTheyApplied() {
        RunspacePool pool = pool(2, 4);
        assertThat(pool.setMaxRunspaces(1)).isFalse();
        assertThat(pool.getMaxRunspaces()).isEqualTo(4);
        assertThat(pool.setMaxRunspaces(3)).isTrue();
        assertThat(pool.getMaxRunspaces()).isEqualTo(3);
        assertThat(pool.setMinRunspaces(0)).isFalse();
        assertThat(pool.setMinRunspaces(4)).isFalse();
        assertThat(pool.getMinRunspaces()).isEqualTo(2);
        assertThat(pool.setMinRunspaces(3)).isTrue();
        assertThat(pool.getMinRunspaces()).isEqualTo(3);
    }

    /** Shrinking the maximum disposes idle runspaces above it at once. */
    @Test
    void shrinkingRetiresIdleRunspaces() throws Exception {
        RunspacePool pool = pool(1, 3);
        pool.open();
        Gate gate = new Gate(3);
        List<PowerShell> shells = List.of(gate.hold(on(pool), ""), gate.hold(on(pool), ""), gate.hold(on(pool), ""));
        List<PowerShellAsyncResult> results = shells.stream().map(PowerShell::beginInvoke).toList();
        gate.awaitStarted();
        gate.open();
        for (int i = 0; i < 3; i++) {
            shells.get(i).endInvoke(results.get(i));
        }
        assertThat(newRunspaces()).hasSize(3);
        assertThat(pool.setMaxRunspaces(1)).isTrue();
        assertThat(newRunspaces()).hasSize(1);
        assertThat(pool.getAvailableRunspaces()).isEqualTo(1);
    }

    /** Growing the maximum serves a waiting request at once. */
    @Test
    void growingServesWaitingWork() throws Exception {
        RunspacePool pool = pool(1, 1);
        pool.open();
        Gate gate = new Gate();
        PowerShell blocker = gate.hold(on(pool), "");
        PowerShellAsyncResult blocked = blocker.beginInvoke();
        gate.awaitStarted();
        PowerShell waiting = on(pool).addScript("'served'");
        PowerShellAsyncResult result = waiting.beginInvoke();
        assertThat(pool.setMaxRunspaces(2)).isTrue();
        assertThat(waiting.endInvoke(result)).containsExactly("served");
        gate.open();
        blocker.endInvoke(blocked);
    }

    /** Available runspaces: max before open, idle plus creatable when open, an error once closed. */
    @Test
    void availableRunspaces() throws Exception {
        RunspacePool pool = pool(1, 3);
        assertThat(pool.getAvailableRunspaces()).isEqualTo(3);
        pool.open();
        assertThat(pool.getAvailableRunspaces()).isEqualTo(3);
        Gate gate = new Gate();
        PowerShell shell = gate.hold(on(pool), "");
        PowerShellAsyncResult result = shell.beginInvoke();
        gate.awaitStarted();
        assertThat(pool.getAvailableRunspaces()).isEqualTo(2);
        gate.open();
        shell.endInvoke(result);
        assertThat(pool.getAvailableRunspaces()).isEqualTo(3);
        pool.close();
        assertPSError(pool::getAvailableRunspaces, "RunspacePoolNotOpened", "System.InvalidOperationException");
    }

    /** Open of an opened or closed pool fails CannotOpenAgain. */
    @Test
    void openTwiceFails() {
        RunspacePool pool = pool(1, 1);
        pool.open();
        assertPSError(pool::open, "CannotOpenAgain", INVALID_POOL_STATE);
        pool.close();
        assertPSError(pool::open, "CannotOpenAgain", INVALID_POOL_STATE);
    }

    /** ThreadOptions and ApartmentState cannot change after open. */
    @Test
    void threadSettingsFixedAfterOpen() {
        RunspacePool pool = pool(1, 1);
        pool.setThreadOptions(PSThreadOptions.UseNewThread);
        pool.open();
        assertPSError(() -> pool.setThreadOptions(PSThreadOptions.ReuseThread), "ChangePropertyAfterOpen",
                INVALID_POOL_STATE);
        assertPSError(() -> pool.setApartmentState(ApartmentState.MTA), "ChangePropertyAfterOpen",
                INVALID_POOL_STATE);
        assertThat(newRunspaces().getFirst().getThreadOptions()).isEqualTo(PSThreadOptions.UseNewThread);
    }

    /** Members of a pool with Default thread options reuse their thread. */
    @Test
    void defaultMembersReuseThread() {
        pool(1, 1).open();
        assertThat(newRunspaces().getFirst().getThreadOptions()).isEqualTo(PSThreadOptions.ReuseThread);
    }

    /** Invoking on a pool that is not open fails InvalidRunspacePoolState and the PowerShell ends Failed. */
    @Test
    void invokeNeedsAnOpenedPool() {
        PowerShell shell = on(pool(1, 1)).addScript("1");
        assertPSError(shell::invoke, "InvalidRunspacePoolState", INVALID_POOL_STATE);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
    }

    /** Stopping a queued PowerShell cancels its request at once; it ends Stopped without running. */
    @Test
    void stopCancelsAQueuedRequest() throws Exception {
        RunspacePool pool = pool(1, 1);
        pool.open();
        Gate gate = new Gate();
        PowerShell blocker = gate.hold(on(pool), "'blocker'");
        PowerShellAsyncResult blocked = blocker.beginInvoke();
        gate.awaitStarted();
        List<Object> log = new CopyOnWriteArrayList<>();
        PowerShell queued = on(pool).addScript("param($log) $null = $log.add('ran')").addArgument(log);
        queued.beginInvoke();
        assertTimeoutPreemptively(Duration.ofSeconds(5), queued::stop);
        assertThat(queued.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        gate.open();
        assertThat(blocker.endInvoke(blocked)).containsExactly("blocker");
        assertThat(on(pool).addScript("'next'").invoke()).containsExactly("next");
        assertThat(log).isEmpty();
    }

    /** Close fails queued work with InvalidRunspacePoolState and stops running work, then the pool is Closed. */
    @Test
    void closeWithQueuedAndRunningWork() throws Exception {
        RunspacePool pool = pool(1, 1);
        pool.open();
        Gate gate = new Gate();
        PowerShell running = gate.hold(on(pool), "'not reached'");
        PowerShellAsyncResult runningResult = running.beginInvoke();
        gate.awaitStarted();
        PowerShell queued = on(pool).addScript("'queued'");
        PowerShellAsyncResult queuedResult = queued.beginInvoke();

        assertTimeoutPreemptively(Duration.ofSeconds(10), pool::close);

        assertThat(pool.getRunspacePoolStateInfo().getState()).isEqualTo(RunspaceState.Closed);
        assertPSError(() -> running.endInvoke(runningResult), "PipelineStopped",
                "System.Management.Automation.PipelineStoppedException");
        assertThat(running.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertPSError(() -> queued.endInvoke(queuedResult), "InvalidRunspacePoolState", INVALID_POOL_STATE);
        assertThat(queued.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
        assertThat(newRunspaces()).isEmpty();
    }

    /** BeginOpen opens on another thread and EndOpen waits for it; BeginClose and EndClose likewise close. */
    @Test
    void beginOpenAndBeginClose() throws Exception {
        RunspacePool pool = pool(1, 2);
        RunspacePoolAsyncResult opening = pool.beginOpen(null, "open state");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pool.endOpen(opening));
        assertThat(opening.getAsyncState()).isEqualTo("open state");
        assertThat(pool.getRunspacePoolStateInfo().getState()).isEqualTo(RunspaceState.Opened);
        assertThat(on(pool).addScript("1").invoke()).containsExactly(1);

        RunspacePoolAsyncResult closing = pool.beginClose(null, null);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pool.endClose(closing));
        assertThat(pool.getRunspacePoolStateInfo().getState()).isEqualTo(RunspaceState.Closed);
        assertThat(newRunspaces()).isEmpty();
        assertThat(pool.beginClose(null, null).getIsCompleted()).as("closing a closed pool").isTrue();
    }

    /** BeginOpen's and BeginClose's callbacks run once the pool has reached the state. */
    @Test
    void beginOpenAndBeginCloseCallBack() throws Exception {
        RunspacePool pool = pool(1, 2);
        List<RunspaceState> seen = new CopyOnWriteArrayList<>();
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        pool.beginOpen(r -> {
            seen.add(pool.getRunspacePoolStateInfo().getState());
            opened.countDown();
        }, null);
        assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
        pool.beginClose(r -> {
            seen.add(pool.getRunspacePoolStateInfo().getState());
            closed.countDown();
        }, null);
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(RunspaceState.Opened, RunspaceState.Closed);
    }

    /** A Close right after BeginOpen waits for the open to end, then closes the pool and its runspace. */
    @Test
    void closeRightAfterBeginOpen() {
        RunspacePool pool = pool(1, 2);
        List<RunspaceState> seen = new CopyOnWriteArrayList<>();
        pool.addStateChangedListener(info -> seen.add(info.getState()));
        pool.beginOpen(null, null);
        assertTimeoutPreemptively(Duration.ofSeconds(10), pool::close);
        assertThat(pool.getRunspacePoolStateInfo().getState()).isEqualTo(RunspaceState.Closed);
        assertThat(seen).containsExactly(RunspaceState.Opening, RunspaceState.Opened, RunspaceState.Closing,
                RunspaceState.Closed);
        assertThat(newRunspaces()).isEmpty();
    }

    /**
     * A member that is slow to open (its startup script waits on a gate the test holds) holds up nobody else: the pool
     * answers and lends its idle runspace meanwhile, and the slow invocation runs once the gate opens.
     */
    @Test
    void aSlowOpeningMemberBlocksNobody(@TempDir Path scripts) throws Exception {
        Path startup = scripts.resolve("wait-for-gate.ps1");
        Files.writeString(startup, "$null = $gate.WaitOne()");
        Threading.ManualResetEvent gate = new Threading.ManualResetEvent(true);
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.getVariables().Add(new SessionStateVariableEntry("gate", gate, "opens members"));
        iss.getStartupScripts().add(startup.toString());
        RunspacePool pool = RunspaceFactory.createRunspacePool(1, 2, iss, new DefaultHost());
        pools.add(pool);
        pool.open();
        gate.Reset();

        PowerShell holder = on(pool).addScript("$null = $gate.WaitOne(); 'held'");
        PowerShellAsyncResult holding = holder.beginInvoke();
        PowerShell slow = on(pool).addScript("'slow'");
        PowerShellAsyncResult slowResult = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> slow.beginInvoke());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(pool.getAvailableRunspaces()).isZero();
            assertThat(slowResult.getIsCompleted()).isFalse();
        });
        gate.Set();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> slow.endInvoke(slowResult)))
                .containsExactly("slow");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> holder.endInvoke(holding)))
                .containsExactly("held");
    }

    /** BeginOpen on a pool that is not BeforeOpen fails at once with CannotOpenAgain. */
    @Test
    void beginOpenTwiceFails() {
        RunspacePool pool = pool(1, 1);
        pool.open();
        assertPSError(() -> pool.beginOpen(null, null), "CannotOpenAgain", INVALID_POOL_STATE);
    }

    /** EndOpen and EndClose take only their own Begin call's result of this pool, and never null. */
    @Test
    void endChecksItsResult() throws Exception {
        RunspacePool pool = pool(1, 1);
        RunspacePoolAsyncResult opening = pool.beginOpen(null, null);
        pool.endOpen(opening);
        String notOwned = "System.Management.Automation.PSArgumentException";
        assertPSError(() -> pool.endClose(opening), "AsyncResultNotOwned", notOwned);
        RunspacePool other = pool(1, 1);
        assertPSError(() -> other.endOpen(opening), "AsyncResultNotOwned", notOwned);
        assertPSError(() -> pool.endOpen(null), "ArgumentNull",
                "System.Management.Automation.PSArgumentNullException");
    }

    /** CleanupInterval is 15 minutes unless set. */
    @Test
    void cleanupIntervalDefault() {
        assertThat(pool(1, 1).getCleanupInterval().getTotalMinutes()).isEqualTo(15.0);
    }

    /** Every CleanupInterval, idle runspaces above the minimum are closed and disposed. */
    @Test
    void cleanupRetiresIdleRunspacesAboveMin() throws Exception {
        RunspacePool pool = pool(1, 3);
        pool.open();
        pool.setCleanupInterval(dev.jpwsh.dotnet.time.TimeSpan.FromMilliseconds(50));
        Gate gate = new Gate(3);
        List<PowerShell> shells = List.of(gate.hold(on(pool), WHERE), gate.hold(on(pool), WHERE),
                gate.hold(on(pool), WHERE));
        List<PowerShellAsyncResult> results = shells.stream().map(PowerShell::beginInvoke).toList();
        gate.awaitStarted();
        List<Runspace> members = newRunspaces();
        assertThat(members).hasSize(3);
        gate.open();
        for (int i = 0; i < shells.size(); i++) {
            shells.get(i).endInvoke(results.get(i));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (newRunspaces().size() > 1) {
                Thread.sleep(10);
            }
        });
        assertThat(members.stream().filter(Runspace::isDisposed)).hasSize(2);
        assertThat(newRunspaces().getFirst().getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Opened);
        assertThat(on(pool).addScript("1").invoke()).containsExactly(1);
    }
}
