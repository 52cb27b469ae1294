package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A range that a pipeline or a foreach statement enumerates is made lazily and checks for a stop between its
 * numbers, so Stop ends even a billion-number enumeration at once. The bound on Stop is generous for a loaded
 * machine; it typically returns within a few milliseconds.
 */
class RangeStopTest {
    private static final Duration STOP_BOUND = Duration.ofSeconds(2);

    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void disposeShell() {
        shell.dispose();
    }

    /** Stop ends a pipeline fed by 1..1e9 promptly, and the invocation ends Stopped. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void stopEndsARangeFeedingAPipeline() throws Exception {
        assertStopsPromptly("1..1e9 | & { process { $_ } }");
    }

    /** Stop ends a foreach statement over 1..1e9 whose body does nothing. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void stopEndsAForeachOverARange() throws Exception {
        assertStopsPromptly("foreach ($i in 1..1e9) { }");
    }

    /** The first objects of a billion-number range reach the output at once: nothing makes the whole range first. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRangeInAPipelineStreams() {
        shell.addScript("param($me) 1..1e9 | & { process { if ($_ -gt 3) { $me.Stop() }; $_ } }").addArgument(shell);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> shell.invoke())).containsExactly(1, 2, 3);
    }

    private void assertStopsPromptly(String script) throws Exception {
        PSDataCollection<Object> output = new PSDataCollection<>();
        shell.addScript(script);
        shell.beginInvoke(null, output);
        Thread.sleep(200);
        long start = System.nanoTime();
        assertTimeoutPreemptively(STOP_BOUND, () -> shell.stop());
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertThat(output.size()).isLessThan(1_000_000_000);
        System.getLogger(RangeStopTest.class.getName()).log(System.Logger.Level.INFO, "Stop took {0} ms", stopMillis);
    }
}
