package dev.jpwsh.engine.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A script class instance has no runspace affinity: its methods run on the calling thread, in the caller's runspace,
 * so eight runspaces calling a shared instance's slow method at once wait for it side by side, where pwsh (without
 * [NoRunspaceAffinity()]) queues every call on the defining runspace. The variables and functions a method reaches
 * are still those of the runspace that made the instance (its global scope), safely, even while that runspace's own
 * pipeline is changing them.
 */
class NoRunspaceAffinityTest {
    private static final int CALLERS = 8;
    private static final int NAP_MS = 200;
    private final List<Runspace> runspaces = new ArrayList<>();

    @AfterEach
    void close() {
        runspaces.forEach(Runspace::dispose);
    }

    private Runspace open() {
        Runspace runspace = RunspaceFactory.createRunspace();
        runspace.open();
        runspaces.add(runspace);
        return runspace;
    }

    private static PowerShell on(Runspace runspace, String script) {
        PowerShell shell = PowerShell.create();
        shell.setRunspace(runspace);
        return shell.addScript(script);
    }

    @Test
    void eightRunspacesCallOneInstanceAtOnce() {
        Runspace home = open();
        Object shared = on(home, "class Napper { [int] Nap([int]$ms) { Start-Sleep -Milliseconds $ms; "
                + "return [runspace]::DefaultRunspace.Id } }; [Napper]::new()").invoke().get(0);
        List<PowerShell> shells = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            PowerShell shell = on(open(), "param($o, $ms) $o.Nap($ms)");
            shell.addArgument(shared).addArgument(NAP_MS);
            shells.add(shell);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long start = System.nanoTime();
            List<PowerShellAsyncResult> calls = new ArrayList<>();
            shells.forEach(shell -> calls.add(shell.beginInvoke()));
            Set<Object> callers = new HashSet<>();
            for (int i = 0; i < CALLERS; i++) {
                callers.addAll(shells.get(i).endInvoke(calls.get(i)));
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(callers).as("each call ran in its caller's runspace").hasSize(CALLERS)
                    .doesNotContain(home.getId());
            assertThat(elapsedMs).as("8 calls of a 200 ms method, side by side (serialized they take 1600 ms)")
                    .isLessThan(1_200);
        });
    }

    @Test
    void methodsReachTheDefiningRunspacesGlobalsWhileItChangesThem() throws Exception {
        Runspace home = open();
        Object shared = on(home, """
                function Get-HomeName { 'home' }
                $greeting = 'hello'
                class Worker {
                    [string] Work([int]$n) {
                        $global:lastCall = $n
                        return '{0} {1} {2} {3}' -f (Get-HomeName), $global:greeting, $script:greeting, $n
                    }
                }
                [Worker]::new()
                """).invoke().get(0);
        PowerShell churn = on(home, """
                for ($i = 0; $i -lt 4000; $i++) {
                    Set-Variable -Name "churn$i" -Value $i -Scope Global
                    if ($i % 3 -eq 0) { Remove-Variable -Name "churn$($i - 3)" -Scope Global -ErrorAction Ignore }
                    if ($i % 500 -eq 0) { Set-Item -Path "function:global:churnFunction$i" -Value { $i } }
                }
                'churned'
                """);
        List<PowerShell> shells = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            PowerShell shell = on(open(), "param($o, $id) function Get-HomeName { 'caller' }; $greeting = 'other'; "
                    + "$global:greeting = 'other'; "
                    + "for ($k = 0; $k -lt 300; $k++) { $r = $o.Work($id); if ($r -ne \"home hello hello $id\") { $r } }; 'done'");
            shell.addArgument(shared).addArgument(i);
            shells.add(shell);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            PowerShellAsyncResult churning = churn.beginInvoke();
            List<PowerShellAsyncResult> calls = new ArrayList<>();
            shells.forEach(shell -> calls.add(shell.beginInvoke()));
            for (int i = 0; i < CALLERS; i++) {
                assertThat(shells.get(i).endInvoke(calls.get(i))).as("caller %d", i).containsExactly("done");
                assertThat(shells.get(i).getStreams().getError()).isEmpty();
            }
            assertThat(churn.endInvoke(churning)).containsExactly("churned");
        });
        assertThat(on(home, "$global:lastCall -ge 0 -and $global:lastCall -lt 8").invoke()).containsExactly(true);
    }
}
