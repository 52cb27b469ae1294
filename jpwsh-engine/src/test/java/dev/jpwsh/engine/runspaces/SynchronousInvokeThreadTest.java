package dev.jpwsh.engine.runspaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which thread a synchronous Invoke runs on (Runspace.execute with the caller waiting): the calling thread itself
 * when it runs no pipeline of its own, with the culture the script set given back and no interrupt left behind;
 * another thread when a script invokes another runspace, or when the caller is interrupted already.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SynchronousInvokeThreadTest {
    private final PowerShell shell = PowerShell.create();

    /** Records the threads a script calls it on. Public, because scripts call it through reflection. */
    public static final class Probe {
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        public void Record() {
            threads.add(Thread.currentThread());
        }
    }

    @AfterEach
    void disposeShell() {
        shell.dispose();
    }

    @Test
    void runsOnTheCallingThread() {
        Probe probe = new Probe();
        shell.addScript("param($probe) $probe.Record(); [runspace]::DefaultRunspace.Id").addArgument(probe);
        assertThat(shell.invoke()).containsExactly(shell.getRunspace().getId());
        assertThat(probe.threads).containsExactly(Thread.currentThread());
        assertThat(Runspace.getDefaultRunspace()).isNull();
    }

    @Test
    void aScriptInvokingAnotherRunspaceHandsItToAnotherThread() {
        Probe probe = new Probe();
        shell.addScript("""
                param($probe)
                $probe.Record()
                $inner = [powershell]::Create()
                $null = $inner.AddScript('param($probe) $probe.Record(); 42').AddArgument($probe)
                $inner.Invoke()
                $inner.Dispose()
                """).addArgument(probe);
        assertThat(shell.invoke()).containsExactly(42);
        assertThat(probe.threads).hasSize(2);
        assertThat(probe.threads.get(0)).isSameAs(Thread.currentThread());
        assertThat(probe.threads.get(1)).isNotSameAs(Thread.currentThread());
    }

    @Test
    void theCultureTheScriptSetsIsGivenBack() {
        String before = String.valueOf(shell.addScript("[cultureinfo]::CurrentCulture.Name").invoke().getFirst());
        shell.getCommands().clear();
        shell.addScript("[cultureinfo]::CurrentCulture = 'de-DE'; [cultureinfo]::CurrentCulture.Name");
        assertThat(shell.invoke()).containsExactly("de-DE");
        shell.getCommands().clear();
        assertThat(shell.addScript("[cultureinfo]::CurrentCulture.Name").invoke()).containsExactly(before);
    }

    @Test
    void aStopFromAnotherThreadLeavesTheCallerUninterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Thread stopper = Thread.ofPlatform().start(() -> {
            try {
                if (started.await(10, TimeUnit.SECONDS)) {
                    shell.stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        shell.addScript("param($started) $started.countDown(); while ($true) {}").addArgument(started);
        assertThat(shell.invoke()).isEmpty();
        stopper.join();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptedCallerHandsItToAnotherThreadAndStaysInterrupted() {
        Probe probe = new Probe();
        shell.addScript("param($probe) $probe.Record(); 'ran'").addArgument(probe);
        Thread.currentThread().interrupt();
        try {
            assertThat(shell.invoke()).containsExactly("ran");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(probe.threads).hasSize(1).doesNotContain(Thread.currentThread());
    }
}
