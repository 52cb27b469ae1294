package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.dotnet.threading.AsyncResult;
import dev.jpwsh.dotnet.collections.PSCollection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec 5.4-5.6 and 6: BeginInvoke/EndInvoke, Stop, and the InvocationStateChanged events. */
class PowerShellAsyncTest {
    private static final String PIPELINE_STOPPED = "System.Management.Automation.PipelineStoppedException";
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final PowerShell shell = PowerShell.create();
    private final List<PSInvocationState> events = new CopyOnWriteArrayList<>();

    PowerShellAsyncTest() {
        shell.addInvocationStateChangedListener(info -> events.add(info.getState()));
    }

    @AfterEach
    void disposeShell() {
        shell.dispose();
    }

    /** EndInvoke waits for the invocation and returns its output. */
    @Test
    void endInvokeReturnsOutput() throws Exception {
        shell.addScript("1..3");
        PowerShellAsyncResult result = shell.beginInvoke();
        assertThat(shell.endInvoke(result)).containsExactly(1, 2, 3);
        assertThat(result.getIsCompleted()).isTrue();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Completed);
    }

    /** With a caller-supplied output collection, EndInvoke returns null and the output is in that collection. */
    @Test
    void suppliedOutputMakesEndInvokeReturnNull() throws Exception {
        shell.addScript("'x', 'y'");
        PSDataCollection<Object> output = new PSDataCollection<>();
        PowerShellAsyncResult result = shell.beginInvoke(null, output);
        assertThat(shell.endInvoke(result)).isNull();
        assertThat(output).containsExactly("x", "y");
    }

    /** The callback runs once the invocation has ended, with the completed result carrying the caller's state. */
    @Test
    void callbackSeesTheCompletedResult() throws Exception {
        shell.addScript("'done'");
        CompletableFuture<AsyncResult> called = new CompletableFuture<>();
        List<Object> seenAtCall = new CopyOnWriteArrayList<>();
        PowerShellAsyncResult result = shell.beginInvoke(null, null, null, r -> {
            seenAtCall.add(r.getIsCompleted());
            seenAtCall.add(shell.getInvocationStateInfo().getState());
            called.complete(r);
        }, "my state");
        assertThat(called.get(10, TimeUnit.SECONDS)).isSameAs(result);
        assertThat(seenAtCall).containsExactly(true, PSInvocationState.Completed);
        assertThat(result.getAsyncState()).isEqualTo("my state");
        assertThat(shell.endInvoke(result)).containsExactly("done");
    }

    /** A failing invocation still calls the callback; EndInvoke then rethrows. */
    @Test
    void callbackRunsForAFailure() throws Exception {
        shell.addScript("throw 'bad'");
        CountDownLatch called = new CountDownLatch(1);
        PowerShellAsyncResult result = shell.beginInvoke(null, null, null, r -> called.countDown(), null);
        assertThat(called.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(catchThrowable(() -> shell.endInvoke(result))).hasMessage("bad");
    }

    /** An input collection is read as it fills, and the invocation ends only once the input is completed. */
    @Test
    void inputIsReadUntilCompleted() throws Exception {
        shell.addScript("process { $_ * 2 }");
        PSDataCollection<Object> input = new PSDataCollection<>();
        PSDataCollection<Object> output = new PSDataCollection<>();
        CountDownLatch firstOutput = new CountDownLatch(1);
        output.addDataAddedListener(item -> firstOutput.countDown());
        PowerShellAsyncResult result = shell.beginInvoke(input, output);
        input.add(1);
        assertThat(firstOutput.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(result.getIsCompleted()).isFalse();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Running);
        input.add(2);
        input.complete();
        assertTimeoutPreemptively(BOUND, () -> shell.endInvoke(result));
        assertThat(output).containsExactly(2, 4);
    }

    /** EndInvoke rethrows a terminating error, every time it is called. */
    @Test
    void endInvokeRethrowsFailure() {
        shell.addScript("throw 'boom'");
        PowerShellAsyncResult result = shell.beginInvoke();
        Throwable first = catchThrowable(() -> shell.endInvoke(result));
        assertThat(first).hasMessage("boom");
        assertThat(catchThrowable(() -> shell.endInvoke(result))).hasMessage("boom");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
        assertThat(events).containsExactly(PSInvocationState.Running, PSInvocationState.Failed);
    }

    /** EndInvoke refuses a result another instance started: AsyncResultNotOwned. */
    @Test
    void endInvokeRefusesAForeignResult() throws Exception {
        try (PowerShell other = PowerShell.create().addScript("1")) {
            PowerShellAsyncResult foreign = other.beginInvoke();
            assertPSError(() -> shell.endInvoke(foreign), "AsyncResultNotOwned", "System.ArgumentException");
            other.endInvoke(foreign);
        }
    }

    /** EndInvoke takes only a BeginInvoke result and EndStop only a BeginStop result, each of this instance. */
    @Test
    void endInvokeAndEndStopTakeOnlyTheirOwnResults() throws Exception {
        shell.addScript("1");
        PowerShellAsyncResult invoked = shell.beginInvoke();
        shell.endInvoke(invoked);
        PowerShellAsyncResult stopped = shell.beginStop(null, null);
        assertPSError(() -> shell.endInvoke(stopped), "AsyncResultNotOwned", "System.ArgumentException");
        assertPSError(() -> shell.endStop(invoked), "AsyncResultNotOwned", "System.ArgumentException");
        assertPSError(() -> shell.endStop(null), "ArgumentNull", "System.Management.Automation.PSArgumentNullException");
        shell.endStop(stopped);
    }

    /** Stop before any invocation raises Stopping then Stopped, with no reason. */
    @Test
    void stopNotStarted() {
        shell.stop();
        assertThat(events).containsExactly(PSInvocationState.Stopping, PSInvocationState.Stopped);
        assertThat(shell.getInvocationStateInfo().getReason()).isNull();
    }

    /** An invocation that stops itself ends Stopped at once, keeping the output written before the stop. */
    @Test
    void stopFromTheInvocationsOwnScript() {
        shell.addScript("param($me) 'start'; $me.Stop(); 'not reached'").addArgument(shell);
        PSCollection output = assertTimeoutPreemptively(BOUND, () -> shell.invoke());
        assertThat(output).containsExactly("start");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
    }

    /** A script that closes its own runspace is stopped there, and the runspace goes on to Closed. */
    @Test
    void closeFromTheRunspacesOwnScript() throws Exception {
        Runspace runspace = RunspaceFactory.createRunspace();
        runspace.open();
        PowerShell closer = PowerShell.create(runspace)
                .addScript("'before'; [runspace]::DefaultRunspace.Close(); 'after'");
        PSCollection output = assertTimeoutPreemptively(BOUND, () -> closer.invoke());
        assertThat(output).containsExactly("before");
        assertThat(closer.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertTimeoutPreemptively(BOUND, () -> {
            while (runspace.getRunspaceStateInfo().getState() != RunspaceState.Closed) {
                Thread.sleep(10);
            }
        });
        runspace.dispose();
    }

    /** Stop of a running invocation ends it Stopped with PipelineStopped as reason; EndInvoke throws it. */
    @Test
    void stopRunning() throws Exception {
        Gate gate = new Gate();
        PSDataCollection<Object> output = new PSDataCollection<>();
        gate.hold(shell, "'not reached'");
        PowerShellAsyncResult result = shell.beginInvoke(null, output);
        gate.awaitStarted();
        assertTimeoutPreemptively(BOUND, shell::stop);
        assertThat(output).isEmpty();
        assertThat(events).containsExactly(PSInvocationState.Running, PSInvocationState.Stopping,
                PSInvocationState.Stopped);
        assertThat(shell.getInvocationStateInfo().getReason()).isInstanceOf(RuntimeException.class)
                .hasMessage("The pipeline has been stopped.");
        assertPSError(() -> shell.endInvoke(result), "PipelineStopped", PIPELINE_STOPPED);
        assertThat(shell.getRunspace().getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Available);
    }

    /** Stop ends a busy loop too, not only a blocking wait. */
    @Test
    void stopEndsABusyLoop() throws Exception {
        CountDownLatch looping = new CountDownLatch(1);
        shell.addScript("param($looping) $looping.countDown(); while ($true) { $n++ }").addArgument(looping);
        PowerShellAsyncResult result = shell.beginInvoke();
        assertThat(looping.await(10, TimeUnit.SECONDS)).isTrue();
        assertTimeoutPreemptively(BOUND, shell::stop);
        assertPSError(() -> shell.endInvoke(result), "PipelineStopped", PIPELINE_STOPPED);
    }

    /** A synchronous Invoke stopped from another thread returns the output gathered so far, without throwing. */
    @Test
    void stoppedInvokeReturnsPartialOutput() {
        Gate gate = new Gate();
        shell.addScript("param($gate) 'partial'; $gate.Enter(); 'not reached'").addArgument(gate);
        Thread stopper = Thread.ofVirtual().start(() -> {
            try {
                gate.awaitStarted();
                shell.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Object> output = assertTimeoutPreemptively(BOUND, () -> shell.invoke());
        assertThat(output).containsExactly("partial");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertTimeoutPreemptively(BOUND, () -> stopper.join());
    }

    /** Stop after the invocation has ended changes nothing. */
    @Test
    void stopAfterCompletionIsNoOp() {
        shell.addScript("1").invoke();
        events.clear();
        shell.stop();
        assertThat(events).isEmpty();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Completed);
    }

    /** A stopped instance can be invoked again, and its events start again from Running. */
    @Test
    void reinvokeAfterStop() throws Exception {
        shell.stop();
        shell.addScript("'again'");
        assertThat(shell.invoke()).containsExactly("again");
        assertThat(events).containsExactly(PSInvocationState.Stopping, PSInvocationState.Stopped,
                PSInvocationState.Running, PSInvocationState.Completed);
    }

    /** Each invocation raises Running then its end state, once each. */
    @Test
    void invocationEvents() throws Exception {
        shell.addScript("1");
        shell.invoke();
        shell.endInvoke(shell.beginInvoke());
        assertThat(events).containsExactly(PSInvocationState.Running, PSInvocationState.Completed,
                PSInvocationState.Running, PSInvocationState.Completed);
    }

    /** The end-state event has been raised by the time EndInvoke returns. */
    @Test
    void endStateEventPrecedesCompletion() throws Exception {
        shell.addScript("1");
        PowerShellAsyncResult result = shell.beginInvoke();
        shell.endInvoke(result);
        assertThat(events).last().isEqualTo(PSInvocationState.Completed);
    }

    /** Invoking while a stop is still in progress fails with ExecutionStopping; the stop then completes. */
    @Test
    void invokeWhileStoppingFails() throws Exception {
        Gate gate = new Gate();
        shell.addScript("param($gate) $gate.EnterIgnoringStop(); 'after'").addArgument(gate);
        PowerShellAsyncResult result = shell.beginInvoke();
        gate.awaitStarted();
        var stopping = shell.stopAsync();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopping);
        assertPSError(shell::invoke, "ExecutionStopping", "System.InvalidOperationException");
        assertPSError(shell::beginInvoke, "ExecutionStopping", "System.InvalidOperationException");
        gate.open();
        assertTimeoutPreemptively(BOUND, () -> stopping.join());
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertPSError(() -> shell.endInvoke(result), "PipelineStopped", PIPELINE_STOPPED);
    }
}
