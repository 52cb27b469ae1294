package dev.jpwsh.commands.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ForEach-Object -Parallel ends whatever its tasks run, even a loop with an empty body: at its -TimeoutSeconds, when
 * its invocation is stopped, and (with -AsJob) at Stop-Job, also while tasks are still queued behind -ThrottleLimit.
 * Each of these hung before; the bounds fail the test instead.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParallelStopTest {
    private static final Duration BOUND = Duration.ofSeconds(15);

    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void disposeShell() {
        assertTimeoutPreemptively(BOUND, shell::dispose);
    }

    /** -TimeoutSeconds 1 stops a task spinning in {@code while ($true) {}}; its stop is a PSTaskException error. */
    @Test
    void timeoutStopsAnEmptyLoop() {
        shell.addScript("1 | ForEach-Object -Parallel { while ($true) {} } -TimeoutSeconds 1");
        assertThat(assertTimeoutPreemptively(BOUND, () -> shell.invoke())).isEmpty();
        List<String> errors = shell.getStreams().getError().stream()
                .map(record -> ((ErrorRecord) record).getFullyQualifiedErrorId()).toList();
        assertThat(errors).containsExactly("PSTaskException");
    }

    /**
     * More spinning tasks than the machine has cores still time out: the tasks' loops leave the cmdlet's thread room to
     * notice the deadline and stop them.
     */
    @Test
    void timeoutStopsMoreSpinningTasksThanCores() {
        int tasks = 2 * Runtime.getRuntime().availableProcessors() + 1;
        shell.addScript("1.." + tasks + " | ForEach-Object -Parallel { while ($true) {} } -ThrottleLimit " + tasks
                + " -TimeoutSeconds 1");
        assertThat(assertTimeoutPreemptively(BOUND, () -> shell.invoke())).isEmpty();
        assertThat(shell.getStreams().getError()).hasSize(tasks);
    }

    /** Stopping the invocation that runs -Parallel stops its spinning tasks and ends it Stopped. */
    @Test
    void stopEndsTheCallAndItsTasks() throws Exception {
        shell.addScript("1..3 | ForEach-Object -Parallel { while ($true) {} } -ThrottleLimit 2");
        PowerShellAsyncResult result = shell.beginInvoke();
        Thread.sleep(300);
        assertTimeoutPreemptively(BOUND, shell::stop);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertThat(catchThrowable(() -> shell.endInvoke(result))).hasMessage("The pipeline has been stopped.");
    }

    /**
     * Stop-Job on a -AsJob job right after it starts, with two tasks running (or about to) and two queued behind
     * -ThrottleLimit 2, stops every child: queued ones never run, started ones are stopped even when their thread has
     * not begun yet. Many rounds, to meet the windows between the dispatcher, the tasks and the stop.
     */
    @Test
    void stopJobStopsRunningAndQueuedTasks() {
        shell.addScript("""
                $j = 1..4 | ForEach-Object -Parallel { while ($true) {} } -AsJob -ThrottleLimit 2
                Stop-Job $j
                "$($j.State) $(($j.ChildJobs | ForEach-Object State) -join ',')"
                Remove-Job $j
                """);
        for (int round = 0; round < 100; round++) {
            assertThat(assertTimeoutPreemptively(BOUND, () -> shell.invoke(), "round " + round))
                    .containsExactly("Stopped Stopped,Stopped,Stopped,Stopped");
        }
    }

    /** The same with the tasks blocked in a wait (Start-Sleep) rather than spinning, after a moment to start. */
    @Test
    void stopJobStopsSleepingTasks() {
        shell.addScript("""
                $j = 1..4 | ForEach-Object -Parallel { Start-Sleep -Seconds 30 } -AsJob -ThrottleLimit 2
                Start-Sleep -Milliseconds 50
                Stop-Job $j
                "$($j.State) $(($j.ChildJobs | ForEach-Object State) -join ',')"
                Remove-Job $j
                """);
        for (int round = 0; round < 10; round++) {
            assertThat(assertTimeoutPreemptively(BOUND, () -> shell.invoke(), "round " + round))
                    .containsExactly("Stopped Stopped,Stopped,Stopped,Stopped");
        }
    }
}
