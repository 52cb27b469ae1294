package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceAvailability;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspacePool;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.client.NewProcessConnectionInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Disconnect and Connect of a remote runspace over a second jpwsh process's pipe: the states and their events, a
 * command that keeps running in the server while disconnected and whose output is collected on reconnecting, the
 * server's bound on what it keeps for a disconnected client (past it the command waits), the server killed while
 * disconnected, a remote pool, and the transports that refuse (a local runspace, Start-Job's child process).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DisconnectConnectTest extends PipeServerTest {

    @Test
    void aCommandRunsOnWhileDisconnectedAndItsOutputComesOnReconnecting() throws Exception {
        Runspace runspace = openRemote();
        List<RunspaceState> states = new CopyOnWriteArrayList<>();
        runspace.addStateChangedListener(info -> states.add(info.state()));
        PowerShell shell = PowerShell.create(runspace)
                .addScript("1..5 | ForEach-Object { Start-Sleep -Milliseconds 200; $_ * 10 }");
        PowerShellAsyncResult result = shell.beginInvoke();
        Thread.sleep(300);
        runspace.disconnect();
        assertThat(runspace.getRunspaceStateInfo().state()).isEqualTo(RunspaceState.Disconnected);
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.None);
        assertThatThrownBy(runspace::disconnect).hasMessage("Cannot perform the operation because the runspace pool "
                + "is not in the 'Opened' state. The current state is 'Disconnected'.");
        Thread.sleep(1500);
        runspace.connect();
        assertThat(shell.endInvoke(result)).extracting(o -> ((Number) o).intValue()).containsExactly(10, 20, 30, 40,
                50);
        assertThat(states).containsExactly(RunspaceState.Disconnecting, RunspaceState.Disconnected,
                RunspaceState.Connecting, RunspaceState.Opened);
        assertThat(runspace.getRunspaceAvailability()).isEqualTo(RunspaceAvailability.Available);
        assertThat(PowerShell.create(runspace).addScript("$PID").invoke().getFirst())
                .isEqualTo((int) server.pid());
        runspace.dispose();
    }

    @Test
    void pastTheBoundTheDisconnectedCommandWaitsForItsClient() throws Exception {
        Path done = Files.createTempFile("jpwsh-disconnected", ".txt");
        Files.delete(done);
        Runspace runspace = openRemote();
        PowerShell writer = PowerShell.create(runspace).addScript("param($file) 1..30000; Set-Content -LiteralPath "
                + "$file done").addArgument(done.toString());
        PowerShellAsyncResult running = writer.beginInvoke();
        Thread.sleep(100);
        runspace.disconnect();
        Thread.sleep(3000);
        assertThat(Files.exists(done)).as("the command waits once 4096 messages are kept").isFalse();
        runspace.connect();
        assertThat(writer.endInvoke(running)).extracting(o -> ((Number) o).intValue())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30000).boxed().toList());
        assertThat(Files.readString(done).strip()).isEqualTo("done");
        Files.delete(done);
        runspace.dispose();
    }

    @Test
    void theServerKilledWhileDisconnectedBreaksTheRunspaceOnConnect() throws Exception {
        Runspace runspace = openRemote();
        PowerShell shell = PowerShell.create(runspace).addScript("Start-Sleep 60");
        PowerShellAsyncResult result = shell.beginInvoke();
        runspace.disconnect();
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
        assertThatThrownBy(runspace::connect).hasMessageContaining("No process with process identifier");
        assertThat(runspace.getRunspaceStateInfo().state()).isEqualTo(RunspaceState.Broken);
        assertThatThrownBy(() -> shell.endInvoke(result)).hasMessageContaining("No process with process identifier");
    }

    @Test
    void aRemotePoolDisconnectsAndReconnectsEveryMember() throws Exception {
        try (RunspacePool pool = RunspaceFactory.createRunspacePool(1, 2,
                new NamedPipeConnectionInfo((int) server.pid()))) {
            pool.open();
            List<RunspaceState> states = new CopyOnWriteArrayList<>();
            pool.addStateChangedListener(info -> states.add(info.state()));
            PowerShell shell = PowerShell.create();
            shell.setRunspacePool(pool);
            shell.addScript("Start-Sleep -Milliseconds 500; 'done'");
            PowerShellAsyncResult result = shell.beginInvoke();
            Thread.sleep(100);
            pool.endDisconnect(pool.beginDisconnect(null, null));
            assertThat(pool.getRunspacePoolStateInfo().state()).isEqualTo(RunspaceState.Disconnected);
            assertThatThrownBy(pool::disconnect).hasMessage("Cannot perform the operation because the runspace pool "
                    + "is not in the 'Opened' state. The current state is 'Disconnected'.");
            Thread.sleep(800);
            pool.connect();
            assertThat(shell.endInvoke(result)).containsExactly("done");
            assertThat(states).containsExactly(RunspaceState.Disconnecting, RunspaceState.Disconnected,
                    RunspaceState.Connecting, RunspaceState.Opened);
        }
    }

    @Test
    void localRunspacesAndChildProcessesRefuse() {
        try (Runspace local = RunspaceFactory.createRunspace()) {
            local.open();
            assertThatThrownBy(local::disconnect).hasMessage("You cannot disconnect a local-only runspace.");
            assertThatThrownBy(local::connect).hasMessage("The Connect operation is not supported on local "
                    + "runspaces.");
        }
        try (Runspace child = RunspaceFactory.createRunspace(new NewProcessConnectionInfo(null))) {
            child.open();
            assertThatThrownBy(child::disconnect).hasMessageStartingWith("The disconnection operation is not "
                    + "supported on the remote computer.");
        }
    }
}
