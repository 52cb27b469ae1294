package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stop ends every loop, even one whose body has no statement (each loop's back-edge is a stop point), and a stop
 * that comes before the pipeline's thread has started is not lost. Without either, the invocation never ends and the
 * class timeout fails the test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StopPointTest {
    private static final String PIPELINE_STOPPED = "System.Management.Automation.PipelineStoppedException";
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void disposeShell() {
        assertTimeoutPreemptively(BOUND, shell::dispose);
    }

    /**
     * Asks the invocation that calls it to stop, without waiting, and returns its argument: a script calls it inside
     * a loop's own statement, after that statement's start was checked for a stop, so only the loop can notice.
     * Public, because scripts call it through reflection.
     */
    public static final class Stopper {
        private final PowerShell shell;

        Stopper(PowerShell shell) {
            this.shell = shell;
        }

        private int tested;

        public Object StopThen(Object value) {
            shell.stopAsync();
            return value;
        }

        /** A switch clause's test that counts the values it sees and matches none. */
        public boolean Tested() {
            tested++;
            return false;
        }
    }

    /** A loop with an empty body, stopped from within its condition or initializer, stops at its next iteration. */
    @ParameterizedTest
    @ValueSource(strings = {
        "while ($stopper.StopThen($true)) {}",
        "for ($stopper.StopThen($null); ; ) {}",
        "for ($i = 0; $stopper.StopThen($true); $i++) {}",
        "do {} while ($stopper.StopThen($true))",
        "do {} until (-not $stopper.StopThen($true))",
        "while ($stopper.StopThen($true)) { while ($true) {} }"})
    void emptyLoopStops(String loop) {
        shell.addScript("param($stopper) " + loop + "; 'not reached'").addArgument(new Stopper(shell));
        assertThat(assertTimeoutPreemptively(BOUND, () -> shell.invoke())).isEmpty();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
    }

    /** foreach over a collection stops before its second item, though its body does nothing. */
    @Test
    void foreachStopsBetweenItems() {
        shell.addScript("param($stopper) foreach ($i in $stopper.StopThen(@('first', 'second', 'last'))) {}")
                .addArgument(new Stopper(shell));
        assertTimeoutPreemptively(BOUND, () -> shell.invoke());
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertThat(shell.getRunspace().getSessionStateProxy().getVariable("i")).isEqualTo("first");
    }

    /** switch over a collection stops before its first value is tested, though no clause does anything. */
    @Test
    void switchStopsBetweenValues() {
        Stopper stopper = new Stopper(shell);
        shell.addScript("param($stopper) switch ($stopper.StopThen(@('a', 'b', 'c'))) { ($stopper.Tested()) { } }")
                .addArgument(stopper);
        assertTimeoutPreemptively(BOUND, () -> shell.invoke());
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertThat(stopper.tested).isZero();
    }

    /** Stop from another thread ends an endless empty loop ({@code while ($true) {}}, {@code for (;;) {}}). */
    @ParameterizedTest
    @ValueSource(strings = {"while ($true) {}", "for (;;) {}", "do {} while ($true)", "do {} until ($false)"})
    void stopEndsAnEndlessEmptyLoop(String loop) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        shell.addScript("param($started) $started.countDown(); " + loop).addArgument(started);
        PowerShellAsyncResult result = shell.beginInvoke();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertTimeoutPreemptively(BOUND, shell::stop);
        assertPSError(() -> shell.endInvoke(result), "PipelineStopped", PIPELINE_STOPPED);
    }

    /**
     * A stop right after BeginInvoke, before the pipeline's thread has started, still stops it: the stop is kept for
     * the thread and delivered when it starts. Many rounds, in each thread option, to meet the window.
     */
    @ParameterizedTest
    @EnumSource(value = PSThreadOptions.class, names = {"Default", "UseNewThread", "ReuseThread"})
    void stopBeforeThePipelineThreadStarts(PSThreadOptions options) {
        try (Runspace runspace = RunspaceFactory.createRunspace()) {
            runspace.setThreadOptions(options);
            runspace.open();
            for (int round = 0; round < 200; round++) {
                PowerShell endless = PowerShell.create(runspace).addScript("while ($true) {}");
                PowerShellAsyncResult result = endless.beginInvoke();
                assertTimeoutPreemptively(BOUND, endless::stop, "round " + round);
                assertPSError(() -> endless.endInvoke(result), "PipelineStopped", PIPELINE_STOPPED);
                endless.dispose();
            }
            PowerShell after = PowerShell.create(runspace).addScript("'runs'");
            assertThat(after.invoke()).as("a stop never reaches the runspace's next pipeline").containsExactly("runs");
        }
    }

    /**
     * Loops spinning on more virtual threads than there are carriers leave room for other virtual threads: another
     * pipeline runs to its end, and the spinning ones can be stopped.
     */
    @Test
    void spinningLoopsDoNotStarveOtherPipelines() throws Exception {
        int spinning = 2 * Runtime.getRuntime().availableProcessors() + 1;
        List<PowerShell> spinners = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(spinning);
        try {
            for (int i = 0; i < spinning; i++) {
                PowerShell spinner = PowerShell.create()
                        .addScript("param($started) $started.countDown(); while ($true) {}").addArgument(started);
                spinners.add(spinner);
                spinner.beginInvoke();
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).as("every spinner started").isTrue();
            PowerShell other = PowerShell.create().addScript("1 + 1");
            assertThat(assertTimeoutPreemptively(BOUND, () -> other.endInvoke(other.beginInvoke()))).containsExactly(2);
            other.dispose();
        } finally {
            for (PowerShell spinner : spinners) {
                assertTimeoutPreemptively(BOUND, spinner::dispose);
            }
        }
    }

    /** A stop while the invocation waits for a pool member stops it too once it gets one. */
    @Test
    void stopWhileWaitingForAPoolMember() throws Exception {
        try (RunspacePool pool = RunspaceFactory.createRunspacePool(1, 1)) {
            pool.open();
            for (int round = 0; round < 100; round++) {
                PowerShell endless = PowerShell.create().addScript("while ($true) {}");
                endless.setRunspacePool(pool);
                PowerShellAsyncResult result = endless.beginInvoke();
                assertTimeoutPreemptively(BOUND, endless::stop, "round " + round);
                assertPSError(() -> endless.endInvoke(result), "PipelineStopped", PIPELINE_STOPPED);
                endless.dispose();
            }
        }
    }
}
