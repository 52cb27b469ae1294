package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Many iterations of the racy paths, each run bounded in time: no lost, duplicated or hung invocation. */
class RunspaceStressTest {

    /** 10,000 BeginInvoke/EndInvoke pairs on a pool of 8 each return their own result exactly once. */
    @Test
    void tenThousandInvocationsOnAPoolOfEight() {
        int count = 10_000;
        RunspacePool pool = RunspaceFactory.createRunspacePool(1, 8);
        pool.open();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<PowerShell> shells = new ArrayList<>(count);
                List<PowerShellAsyncResult> results = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    PowerShell shell = PowerShell.create().addScript("param($n) $n * 2").addArgument(i);
                    shell.setRunspacePool(pool);
                    shells.add(shell);
                    results.add(shell.beginInvoke());
                }
                Set<Object> seen = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    PSDataCollection<Object> output = shells.get(i).endInvoke(results.get(i));
                    assertThat(output).containsExactly(i * 2);
                    assertThat(seen.add(output.getFirst())).isTrue();
                }
                assertThat(seen).hasSize(count);
            });
            assertThat(pool.getAvailableRunspaces()).isEqualTo(8);
        } finally {
            pool.dispose();
        }
    }

    /** Stop racing the end of a short invocation 1,000 times never hangs and always ends Completed or Stopped. */
    @Test
    void stopRacingCompletion() {
        Runspace runspace = RunspaceFactory.createRunspace();
        runspace.open();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int i = 0; i < 1_000; i++) {
                    PowerShell shell = PowerShell.create(runspace).addScript("param($n) $n").addArgument(i);
                    PowerShellAsyncResult result = shell.beginInvoke();
                    shell.stop();
                    PSInvocationState end = shell.getInvocationStateInfo().getState();
                    assertThat(end).isIn(PSInvocationState.Completed, PSInvocationState.Stopped);
                    if (end == PSInvocationState.Completed) {
                        assertThat(shell.endInvoke(result)).containsExactly(i);
                    } else {
                        assertPSError(() -> shell.endInvoke(result), "PipelineStopped",
                                "System.Management.Automation.PipelineStoppedException");
                    }
                }
            });
            assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Available);
            assertThat(PowerShell.create(runspace).addScript("'still usable'").invoke())
                    .containsExactly("still usable");
        } finally {
            runspace.dispose();
        }
    }

    /** Stop racing the end of a pooled invocation 1,000 times never loses a pool member. */
    @Test
    void stopRacingCompletionOnAPool() {
        RunspacePool pool = RunspaceFactory.createRunspacePool(1, 2);
        pool.open();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int i = 0; i < 1_000; i++) {
                    PowerShell shell = PowerShell.create().addScript("1");
                    shell.setRunspacePool(pool);
                    shell.beginInvoke();
                    shell.stop();
                    assertThat(shell.getInvocationStateInfo().getState())
                            .isIn(PSInvocationState.Completed, PSInvocationState.Stopped);
                }
            });
            assertThat(pool.getAvailableRunspaces()).isEqualTo(2);
        } finally {
            pool.dispose();
        }
    }

    /**
     * Opening and disposing 10,000 runspaces leaves none of them in the process's runspace list, and neither
     * platform threads nor retained heap grow (a leak of one idle runspace each would retain some 47 MB).
     */
    @Test
    void openAndDisposeTenThousandRunspaces() {
        openAndDispose(1_000);
        List<Runspace> before = Runspace.all();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = retainedHeap();
        List<Integer> ids = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> openAndDispose(10_000));
        assertThat(Runspace.all()).extracting(Runspace::getId).doesNotContainAnyElementsOf(ids);
        assertThat(before).containsAll(Runspace.all());
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).as("platform threads")
                .isLessThanOrEqualTo(threadsBefore + 2);
        assertThat(retainedHeap() - heapBefore).as("heap retained after 10,000 runspaces")
                .isLessThan(16L * 1024 * 1024);
    }

    private static List<Integer> openAndDispose(int count) {
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Runspace runspace = RunspaceFactory.createRunspace();
            runspace.open();
            runspace.dispose();
            assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Closed);
            created.add(runspace.getId());
        }
        return created;
    }

    /** Heap in use after collections have settled. */
    private static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
