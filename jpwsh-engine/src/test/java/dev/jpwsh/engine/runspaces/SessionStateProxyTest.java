package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.exec.PathInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec 1.3 and 4: the SessionStateProxy guard, and its Path and PSVariable members. */
class SessionStateProxyTest {
    private static final String INVALID_OPERATION = "System.InvalidOperationException";

    private final Runspace runspace = RunspaceFactory.createRunspace();

    @AfterEach
    void dispose() {
        runspace.dispose();
    }

    /** A proxy call held open on another thread until the returned latch is counted down. */
    private CountDownLatch holdProxyCall() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> runspace.getSessionStateProxy().guarded(() -> {
            entered.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the proxy call started").isTrue();
        return release;
    }

    /** A proxy call needs an Opened runspace. */
    @Test
    void needsAnOpenedRunspace() {
        assertPSError(() -> runspace.getSessionStateProxy().getVariable("x"), "RunspaceNotInOpenedState",
                "System.Management.Automation.Runspaces.InvalidRunspaceStateException");
    }

    /** While a proxy call runs, a second one, a pipeline and Close all fail; the runspace stays Available. */
    @Test
    void aProxyCallExcludesOthers() throws Exception {
        runspace.open();
        CountDownLatch release = holdProxyCall();
        try (PowerShell shell = PowerShell.create(runspace)) {
            assertPSError(() -> runspace.getSessionStateProxy().setVariable("x", 1),
                    "AnotherSessionStateProxyInProgress", INVALID_OPERATION);
            assertPSError(() -> shell.addScript("1").invoke(), "NoPipelineWhenSessionStateProxyInProgress",
                    INVALID_OPERATION);
            assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
            assertPSError(runspace::close, "RunspaceCloseInvalidWhileSessionStateProxy", INVALID_OPERATION);
            assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Available);
            release.countDown();
            awaitIdle();
            assertThat(shell.invoke()).containsExactly(1);
        }
    }

    /** While a pipeline runs, proxy calls fail with NoSessionStateProxyWhenPipelineInProgress. */
    @Test
    void aPipelineExcludesProxyCalls() throws Exception {
        runspace.open();
        Gate gate = new Gate();
        try (PowerShell shell = gate.hold(PowerShell.create(runspace), "1")) {
            PowerShellAsyncResult result = shell.beginInvoke();
            gate.awaitStarted();
            assertPSError(() -> runspace.getSessionStateProxy().getPSVariable(),
                    "NoSessionStateProxyWhenPipelineInProgress", INVALID_OPERATION);
            gate.open();
            shell.endInvoke(result);
        }
    }

    /** PSVariable sees the global variables; Path is PathIntrinsics, whose CurrentLocation is the location. */
    @Test
    void psVariableAndPath() {
        runspace.open();
        SessionStateProxy proxy = runspace.getSessionStateProxy();
        proxy.setVariable("answer", 42);
        assertThat(proxy.getPSVariable().GetValue("answer")).isEqualTo(42);
        proxy.getPSVariable().Set("other", "set");
        assertThat(proxy.getVariable("other")).isEqualTo("set");
        assertThat(proxy.getPath()).isInstanceOf(dev.jpwsh.engine.intrinsics.PathIntrinsics.class);
        assertThat(((dev.jpwsh.engine.intrinsics.PathIntrinsics) proxy.getPath()).getCurrentLocation())
                .isInstanceOf(PathInfo.class);
    }

    /** Waits until the held proxy call on the other thread has returned. */
    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                runspace.getSessionStateProxy().getVariable("x");
                return;
            } catch (dev.jpwsh.runtime.error.PSRuntimeException stillHeld) {
                assertThat(System.nanoTime()).as("the proxy call ended").isLessThan(deadline);
                Thread.sleep(5);
            }
        }
    }
}
