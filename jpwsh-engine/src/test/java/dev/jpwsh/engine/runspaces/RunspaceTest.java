package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec 1.2-1.6: the states, transitions, identity and illegal calls of a local runspace. */
class RunspaceTest {
    private static final String INVALID_RUNSPACE_STATE =
            "System.Management.Automation.Runspaces.InvalidRunspaceStateException";

    private final Runspace runspace = RunspaceFactory.createRunspace();
    private final List<RunspaceState> events = new CopyOnWriteArrayList<>();

    RunspaceTest() {
        runspace.addStateChangedListener(info -> events.add(info.getState()));
    }

    @AfterEach
    void disposeRunspace() {
        runspace.dispose();
    }

    /** A new runspace is BeforeOpen, with no reason and availability None. */
    @Test
    void newRunspaceIsBeforeOpen() {
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.BeforeOpen);
        assertThat(runspace.getRunspaceStateInfo().getReason()).isNull();
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.None);
    }

    /** Open raises Opening then Opened, and the runspace becomes Available. */
    @Test
    void openRaisesOpeningThenOpened() {
        runspace.open();
        assertThat(events).containsExactly(RunspaceState.Opening, RunspaceState.Opened);
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Opened);
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Available);
    }

    /** OpenAsync ends Opened too, and its events come in the same order. */
    @Test
    void openAsyncEndsOpened() throws InterruptedException {
        CountDownLatch opened = new CountDownLatch(1);
        runspace.addStateChangedListener(info -> {
            if (info.getState() == RunspaceState.Opened) {
                opened.countDown();
            }
        });
        runspace.openAsync();
        assertThat(runspace.getRunspaceStateInfo().getState()).as("when OpenAsync returns")
                .isIn(RunspaceState.Opening, RunspaceState.Opened);
        assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly(RunspaceState.Opening, RunspaceState.Opened);
    }

    /** A Close right after OpenAsync waits for the open, then closes: the runspace never ends up Opened. */
    @Test
    void closeRightAfterOpenAsync() {
        runspace.openAsync();
        runspace.close();
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Closed);
        assertThat(events).containsExactly(RunspaceState.Opening, RunspaceState.Opened, RunspaceState.Closing,
                RunspaceState.Closed);
    }

    /**
     * A close racing an OpenAsync that has just left Opening: listeners still see Opened before Closing, whichever
     * thread gets to deliver first. Repeated, because the race is won or lost by microseconds.
     */
    @Test
    void stateEventsKeepTheirOrderWhenOpenAndCloseRace() {
        for (int i = 0; i < 300; i++) {
            Runspace raced = RunspaceFactory.createRunspace();
            List<RunspaceState> seen = new CopyOnWriteArrayList<>();
            raced.addStateChangedListener(info -> seen.add(info.getState()));
            raced.openAsync();
            raced.close();
            assertThat(seen).as("run %d", i).containsExactly(RunspaceState.Opening, RunspaceState.Opened,
                    RunspaceState.Closing, RunspaceState.Closed);
        }
    }

    /** Close of a BeforeOpen runspace raises Closing then Closed. */
    @Test
    void closeFromBeforeOpen() {
        runspace.close();
        assertThat(events).containsExactly(RunspaceState.Closing, RunspaceState.Closed);
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.None);
    }

    /** Close of an Opened runspace raises Closing then Closed and sets availability None. */
    @Test
    void closeFromOpened() {
        runspace.open();
        runspace.close();
        assertThat(events).containsExactly(RunspaceState.Opening, RunspaceState.Opened, RunspaceState.Closing,
                RunspaceState.Closed);
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.None);
    }

    /** Closing a closed runspace changes nothing and raises no event. */
    @Test
    void closeOfClosedIsNoOp() {
        runspace.open();
        runspace.close();
        events.clear();
        runspace.close();
        assertThat(events).isEmpty();
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Closed);
    }

    /** Close keeps the runspace in the registry; Dispose removes it, and a second Dispose does nothing. */
    @Test
    void disposeIsIdempotentAndLeavesTheRegistry() {
        runspace.open();
        runspace.close();
        assertThat(Runspace.all()).contains(runspace);
        events.clear();
        runspace.dispose();
        runspace.dispose();
        assertThat(events).isEmpty();
        assertThat(runspace.isDisposed()).isTrue();
        assertThat(Runspace.all()).doesNotContain(runspace);
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Closed);
    }

    /** Dispose of an Opened runspace closes it first. */
    @Test
    void disposeClosesAnOpenedRunspace() {
        runspace.open();
        runspace.dispose();
        assertThat(events).containsExactly(RunspaceState.Opening, RunspaceState.Opened, RunspaceState.Closing,
                RunspaceState.Closed);
    }

    /** A pipeline runs in its runspace only while that runspace is Opened (spec 1.3), and none after Dispose. */
    @Test
    void pipelineNeedsAnOpenRunspace() {
        Pipeline early = runspace.createPipeline("6 * 7");
        assertPSError(early::invoke, "RunspaceNotOpenForPipeline", INVALID_RUNSPACE_STATE);
        runspace.open();
        assertThat(runspace.createPipeline("6 * 7").invoke()).containsExactly(42);
        runspace.dispose();
        assertPSError(runspace::createPipeline, "ObjectDisposed", "System.ObjectDisposedException");
    }

    /** Each availability change is raised once, before the StateChanged of the same change (spec 1.5). */
    @Test
    void availabilityChangedComesBeforeStateChanged() {
        Runspace observed = RunspaceFactory.createRunspace();
        List<String> order = new CopyOnWriteArrayList<>();
        observed.addAvailabilityChangedListener(a -> order.add("availability " + a));
        observed.addStateChangedListener(info -> order.add("state " + info.getState()));
        observed.open();
        observed.dispose();
        assertThat(order).containsExactly("state Opening", "availability Available", "state Opened",
                "availability None", "state Closing", "state Closed");
    }

    /** Availability is Busy while a pipeline runs and Available again once it has ended. */
    @Test
    void availabilityFollowsThePipeline() throws Exception {
        runspace.open();
        Gate gate = new Gate();
        PowerShell shell = gate.hold(PowerShell.create(runspace), "");
        PowerShellAsyncResult result = shell.beginInvoke();
        gate.awaitStarted();
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Busy);
        gate.open();
        shell.endInvoke(result);
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Available);
    }

    /** Ids are handed out in sequence and the default name is Runspace followed by the id; names can change. */
    @Test
    void idsAreSequentialAndNamesFollowThem() {
        Runspace next = RunspaceFactory.createRunspace();
        try {
            assertThat(next.getId()).isGreaterThan(runspace.getId());
            assertThat(runspace.getName()).isEqualTo("Runspace" + runspace.getId());
            assertThat(next.getName()).isEqualTo("Runspace" + next.getId());
            next.setName("renamed");
            assertThat(next.getName()).isEqualTo("renamed");
        } finally {
            next.dispose();
        }
    }

    /** Ids are consecutive for runspaces created one after another on one thread. */
    @Test
    void consecutiveCreationsGetConsecutiveIds() {
        Runspace first = RunspaceFactory.createRunspace();
        Runspace second = RunspaceFactory.createRunspace();
        try {
            assertThat(second.getId()).isEqualTo(first.getId() + 1);
        } finally {
            first.dispose();
            second.dispose();
        }
    }

    /** Before Open, ThreadOptions and ApartmentState take any value. */
    @Test
    void threadSettingsChangeFreelyBeforeOpen() {
        runspace.setThreadOptions(PSThreadOptions.UseCurrentThread);
        runspace.setApartmentState(ApartmentState.STA);
        runspace.setThreadOptions(PSThreadOptions.UseNewThread);
        assertThat(runspace.getThreadOptions()).isEqualTo(PSThreadOptions.UseNewThread);
        assertThat(runspace.getApartmentState()).isEqualTo(ApartmentState.STA);
    }

    /** After Open, ThreadOptions may change to ReuseThread, and setting the same value again is a no-op. */
    @Test
    void threadOptionsMayBecomeReuseThreadAfterOpen() {
        runspace.setThreadOptions(PSThreadOptions.UseNewThread);
        runspace.open();
        runspace.setThreadOptions(PSThreadOptions.UseNewThread);
        runspace.setThreadOptions(PSThreadOptions.ReuseThread);
        assertThat(runspace.getThreadOptions()).isEqualTo(PSThreadOptions.ReuseThread);
        assertThat(PowerShell.create(runspace).addScript("6 * 7").invoke()).containsExactly(42);
    }

    /** After Open, any other ThreadOptions change fails InvalidThreadOptionsChange. */
    @Test
    void otherThreadOptionsChangesAfterOpenFail() {
        runspace.open();
        assertPSError(() -> runspace.setThreadOptions(PSThreadOptions.UseCurrentThread),
                "InvalidThreadOptionsChange", "System.InvalidOperationException");
    }

    /** After Open, ReuseThread is refused for an STA runspace. */
    @Test
    void reuseThreadAfterOpenRefusedForSta() {
        runspace.setApartmentState(ApartmentState.STA);
        runspace.open();
        assertPSError(() -> runspace.setThreadOptions(PSThreadOptions.ReuseThread),
                "InvalidThreadOptionsChange", "System.InvalidOperationException");
    }

    /** After Open, ApartmentState cannot change: ChangePropertyAfterOpen. */
    @Test
    void apartmentStateFixedAfterOpen() {
        runspace.open();
        assertPSError(() -> runspace.setApartmentState(ApartmentState.MTA), "ChangePropertyAfterOpen",
                INVALID_RUNSPACE_STATE);
    }

    /** Opening an Opened runspace fails CannotOpenAgain, and so does OpenAsync. */
    @Test
    void openTwiceFails() {
        runspace.open();
        assertPSError(runspace::open, "CannotOpenAgain", INVALID_RUNSPACE_STATE);
        assertPSError(runspace::openAsync, "CannotOpenAgain", INVALID_RUNSPACE_STATE);
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Opened);
    }

    /** A closed runspace is single-use: Open fails CannotOpenAgain and names the state. */
    @Test
    void openAfterCloseFails() {
        runspace.open();
        runspace.close();
        var error = assertPSError(runspace::open, "CannotOpenAgain", INVALID_RUNSPACE_STATE);
        assertThat(error.getMessage()).contains("'Closed'");
    }

    /** Open after Dispose fails CannotOpenAgain too: the state check comes before the disposed check. */
    @Test
    void openAfterDisposeFails() {
        runspace.dispose();
        assertPSError(runspace::open, "CannotOpenAgain", INVALID_RUNSPACE_STATE);
    }

    /** The SessionStateProxy of a runspace that is not Opened fails RunspaceNotInOpenedState. */
    @Test
    void proxyNeedsAnOpenedRunspace() {
        assertPSError(() -> runspace.getSessionStateProxy().getVariable("x"), "RunspaceNotInOpenedState",
                INVALID_RUNSPACE_STATE);
        runspace.open();
        runspace.close();
        assertPSError(() -> runspace.getSessionStateProxy().setVariable("x", 1), "RunspaceNotInOpenedState",
                INVALID_RUNSPACE_STATE);
    }

    /** After Dispose the SessionStateProxy is an ObjectDisposedException. */
    @Test
    void proxyOfDisposedRunspaceFails() {
        runspace.open();
        runspace.dispose();
        assertPSError(runspace::getSessionStateProxy, "ObjectDisposed", "System.ObjectDisposedException");
    }

    /** The SessionStateProxy of a busy runspace fails NoSessionStateProxyWhenPipelineInProgress. */
    @Test
    void proxyRefusedWhilePipelineRuns() throws Exception {
        runspace.open();
        Gate gate = new Gate();
        PowerShell shell = gate.hold(PowerShell.create(runspace), "");
        PowerShellAsyncResult result = shell.beginInvoke();
        gate.awaitStarted();
        assertPSError(() -> runspace.getSessionStateProxy().setVariable("x", 1),
                "NoSessionStateProxyWhenPipelineInProgress", "System.InvalidOperationException");
        gate.open();
        shell.endInvoke(result);
        runspace.getSessionStateProxy().setVariable("x", 1);
        assertThat(runspace.getSessionStateProxy().getVariable("x")).isEqualTo(1);
    }

    /**
     * A CurrentRunspace PowerShell runs nested inside the running pipeline (spec 5.10); from another thread while
     * that pipeline runs it fails NestedPipelineNoParentPipeline; with nothing running it runs as a top-level one.
     */
    @Test
    void currentRunspaceInstancesRunNested() throws Exception {
        runspace.open();
        PowerShell outer = PowerShell.create(runspace).addScript(
                "$x = 20; [powershell]::Create('CurrentRunspace').AddScript('$x + 1').Invoke()");
        assertThat(outer.invoke()).containsExactly(21);
        Gate gate = new Gate();
        PowerShell busy = gate.hold(PowerShell.create(runspace), "");
        PowerShellAsyncResult result = busy.beginInvoke();
        gate.awaitStarted();
        Runspace.setDefaultRunspace(runspace);
        try {
            PowerShell stranger = PowerShell.create(RunspaceMode.CurrentRunspace).addScript("1");
            assertPSError(stranger::invoke, "NestedPipelineNoParentPipeline",
                    "System.Management.Automation.PSInvalidOperationException");
            gate.open();
            busy.endInvoke(result);
            assertThat(stranger.invoke()).containsExactly(1);
        } finally {
            Runspace.setDefaultRunspace(null);
        }
    }

    /** Invoking on a runspace that is not Opened fails InvalidRunspaceState, and the PowerShell ends Failed. */
    @Test
    void invokeNeedsAnOpenedRunspace() {
        PowerShell shell = PowerShell.create(runspace).addScript("1");
        assertPSError(shell::invoke, "InvalidRunspaceState", INVALID_RUNSPACE_STATE);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
        runspace.open();
        runspace.close();
        assertPSError(shell::beginInvoke, "InvalidRunspaceState", INVALID_RUNSPACE_STATE);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
    }

    /** A second PowerShell on a busy runspace fails ConcurrentInvokeNotAllowed and ends Failed. */
    @Test
    void concurrentInvokeFails() throws Exception {
        runspace.open();
        Gate gate = new Gate();
        PowerShell first = gate.hold(PowerShell.create(runspace), "'first'");
        PowerShellAsyncResult result = first.beginInvoke();
        gate.awaitStarted();
        PowerShell second = PowerShell.create(runspace).addScript("'second'");
        assertPSError(second::invoke, "ConcurrentInvokeNotAllowed",
                "System.Management.Automation.PSInvalidOperationException");
        assertThat(second.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
        gate.open();
        assertThat(first.endInvoke(result)).containsExactly("first");
        assertThat(second.invoke()).containsExactly("second");
    }
}
