package dev.jpwsh.commands.threadjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stop-Job ends a thread job spinning in a loop with an empty body, and stopping the pipeline that waits in
 * Receive-Job -Wait (or Wait-Job) for such a job ends that pipeline; both hung before. The bounds fail the test
 * instead.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ThreadJobStopTest {
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final String STOPPED = "The pipeline has been stopped.";

    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void removeJobsAndDispose() {
        assertTimeoutPreemptively(BOUND, () -> {
            PowerShell.create(shell.getRunspace()).addScript("Get-Job | Remove-Job -Force").invoke();
            shell.dispose();
        });
    }

    /** Stop-Job on {@code Start-ThreadJob { while ($true) {} }} returns, and the job is Stopped. */
    @Test
    void stopJobEndsAnEmptyLoop() {
        shell.addScript("""
                $j = Start-ThreadJob { while ($true) {} }
                while ($j.State -ne 'Running') { Start-Sleep -Milliseconds 10 }
                Stop-Job $j
                $j.State
                $j = Start-ThreadJob { for (;;) {} }
                Stop-Job $j
                $j.State
                """);
        assertThat(assertTimeoutPreemptively(BOUND, () -> shell.invoke())).map(String::valueOf)
                .containsExactly("Stopped", "Stopped");
    }

    /** Stopping a pipeline blocked in Receive-Job -Wait or Wait-Job on a spinning job ends it Stopped. */
    @Test
    void stopEndsTheWaitForASpinningJob() throws Exception {
        Runspace runspace = shell.getRunspace();
        for (String wait : new String[] {"Receive-Job -Wait", "Wait-Job"}) {
            PowerShell waiting = PowerShell.create(runspace).addScript("Start-ThreadJob { while ($true) {} } | " + wait);
            PowerShellAsyncResult result = waiting.beginInvoke();
            Thread.sleep(300);
            assertTimeoutPreemptively(BOUND, waiting::stop, wait);
            assertThat(waiting.getInvocationStateInfo().getState()).as(wait).isEqualTo(PSInvocationState.Stopped);
            assertThat(catchThrowable(() -> waiting.endInvoke(result))).as(wait).hasMessage(STOPPED);
            waiting.dispose();
        }
    }
}
