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
    /**
     * Nine sessions run the same script text (one compiled block, one call site) from three threads at once, each with
     * its own function behind the name, one of them redefining it as they go: every call finds its own session's
     * function, more sessions than a call site remembers included.
     */
    @Test
    void sessionsSharingACallSiteEachCallTheirOwnFunction() {
        int sessions = 9;
        List<Runspace> runspaces = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Runspace runspace = RunspaceFactory.createRunspace();
            runspace.open();
            PowerShell.create(runspace).addScript("function who { '" + i + "' }").invoke();
            runspaces.add(runspace);
        }
        String script = "param($redefine) if ($redefine) { function who { 'new' } }; "
                + "$(foreach ($k in 1..50) { who }) -join ''";
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<Thread> threads = new ArrayList<>();
                List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
                for (int t = 0; t < 3; t++) {
                    int first = t * 3;
                    threads.add(Thread.ofPlatform().start(() -> {
                        try {
                            for (int round = 0; round < 40; round++) {
                                for (int i = first; i < first + 3; i++) {
                                    boolean redefines = i == 0 && round == 20;
                                    String expected = (i == 0 && round >= 20 ? "new" : Integer.toString(i)).repeat(50);
                                    PowerShell shell = PowerShell.create(runspaces.get(i)).addScript(script)
                                            .addArgument(redefines);
                                    var output = shell.invoke();
                                    assertThat(output).as("%s", List.copyOf(shell.getStreams().getError()))
                                            .containsExactly(expected);
                                }
                            }
                        } catch (Throwable failure) {
                            failures.add(failure);
                        }
                    }));
                }
                for (Thread thread : threads) {
                    thread.join();
                }
                assertThat(failures).isEmpty();
            });
        } finally {
            runspaces.forEach(Runspace::dispose);
        }
    }
}
