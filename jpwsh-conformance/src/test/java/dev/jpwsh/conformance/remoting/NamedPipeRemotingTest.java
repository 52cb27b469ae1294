package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.console.Main;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspacePool;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.transport.PSHostProcessInfo;
import dev.jpwsh.remoting.transport.PipeNames;
import dev.jpwsh.runtime.object.PSObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seed 000's named-pipe example (adapted to Linux): a second jpwsh process, started here, serves a remote runspace
 * over its per-process Unix-domain socket; and the faults: the server killed mid-command, malformed, truncated and
 * oversized packets, each of which ends only its own connection.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NamedPipeRemotingTest {
    private Process server;
    private Path socket;

    @BeforeEach
    void startServer() throws Exception {
        ProcessBuilder builder = jpwsh("Start-Sleep 300").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("POWERSHELL_DIAGNOSTICS_OPTOUT");
        server = builder.start();
        socket = awaitSocket(server.pid());
    }

    /** A second jpwsh, on this test's class path, running {@code script}; standard error goes with the output. */
    static ProcessBuilder jpwsh(String script) {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "-NoProfile", "-c", script))
                .redirectErrorStream(true);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Waits, at most 60 s, for the server's listener to accept connections on its socket file (the file appears
     * when the socket is bound, a moment before it listens).
     */
    static Path awaitSocket(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var name = PipeNames.forProcess(pid);
            if (name.isPresent() && Files.exists(PipeNames.socketFile(name.get()))) {
                Path file = PipeNames.socketFile(name.get());
                try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    probe.connect(UnixDomainSocketAddress.of(file));
                    return file;
                } catch (IOException notListeningYet) {
                    // bound but not yet listening: try again
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("the server's socket did not appear");
    }

    private Runspace openRemote() {
        Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo((int) server.pid()));
        runspace.open();
        return runspace;
    }

    @Test
    void pidAndCustomObjectsComeBackFromTheOtherProcess() {
        assertThat(socket.getFileName().toString()).startsWith("CoreFxPipe_PSHost.").contains("." + server.pid()
                + ".None.");
        assertThat(Files.isReadable(socket)).isTrue();
        try (Runspace runspace = openRemote()) {
            assertThat(runspace.getRunspaceIsRemote()).isTrue();
            assertThat(runspace).hasToString("System.Management.Automation.RemoteRunspace");
            String table = PowerShell.create().addScript("Get-Runspace -Id " + runspace.getId() + " | Out-String")
                    .invoke().getFirst().toString();
            assertThat(table.replaceAll(" +", " "))
                    .contains("Runspace" + runspace.getId() + " localhost Remote Opened");
            List<Object> pid = PowerShell.create(runspace).addScript("$PID").invoke();
            assertThat(pid).hasSize(1);
            assertThat(((Number) pid.getFirst()).longValue()).isEqualTo(server.pid());
            List<Object> objects = PowerShell.create(runspace)
                    .addScript("[pscustomobject]@{ Name = 'remote'; Count = 3 }").invoke();
            PSObject item = (PSObject) objects.getFirst();
            assertThat(item.property("Name").value()).isEqualTo("remote");
            assertThat(item.property("Count").value()).isEqualTo(3);
            assertThat(item.property("PSComputerName").value()).isEqualTo("localhost");
            assertThat(item.typeNames()).contains("Deserialized.System.Management.Automation.PSCustomObject");
            PowerShell streams = PowerShell.create(runspace).addScript("Write-Warning w; Write-Error e; 'out'");
            assertThat(streams.invoke()).hasSize(1);
            assertThat(streams.getStreams().getWarning()).hasSize(1);
            assertThat(streams.getStreams().getError()).hasSize(1);
            assertThat(streams.getHadErrors()).isTrue();
            assertThatThrownBy(() -> PowerShell.create(runspace).addScript("throw 'boom'").invoke())
                    .hasMessageContaining("boom");
            for (int i = 0; i < 200; i++) {
                assertThat(PowerShell.create(runspace).addScript("" + i).invoke()).hasSize(1);
            }
        }
    }

    @Test
    void stopInputAndRemotePoolsWorkAsLocally() throws Exception {
        try (Runspace runspace = openRemote()) {
            PowerShell sleeper = PowerShell.create(runspace).addScript("'started'; Start-Sleep 60");
            PSDataCollection<Object> output = new PSDataCollection<>();
            CompletableFuture<Object> started = new CompletableFuture<>();
            output.addDataAddedListener(started::complete);
            PowerShellAsyncResult result = sleeper.beginInvoke(null, output);
            assertThat(started.get(30, TimeUnit.SECONDS)).hasToString("started");
            sleeper.stop();
            assertThat(sleeper.getInvocationStateInfo().state()).isEqualTo(PSInvocationState.Stopped);
            assertThatThrownBy(() -> sleeper.endInvoke(result)).hasMessage("The pipeline has been stopped.");
            List<Object> doubled = PowerShell.create(runspace).addScript("process { $_ * 2 }").invoke(List.of(1, 2, 3));
            assertThat(doubled).map(o -> ((Number) o).intValue()).containsExactly(2, 4, 6);
        }
        RunspacePool pool = RunspaceFactory.createRunspacePool(1, 2, new NamedPipeConnectionInfo((int) server.pid()));
        pool.open();
        PowerShell pooled = PowerShell.create();
        pooled.setRunspacePool(pool);
        assertThat(((Number) pooled.addScript("$PID").invoke().getFirst()).longValue()).isEqualTo(server.pid());
        pool.close();
    }

    @Test
    void getPSHostProcessInfoListsLivePipesAndDeletesStaleOnes() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(30, TimeUnit.SECONDS);
        Path stale = PipeNames.tempDirectory().resolve(PipeNames.FILE_PREFIX + PipeNames.PREFIX + "0ABCDEF0."
                + ended.pid() + ".None.java");
        Files.createFile(stale);
        List<Object> found = PowerShell.create().addCommand("Get-PSHostProcessInfo").addParameter("Id",
                (int) server.pid()).invoke();
        assertThat(found).hasSize(1);
        PSHostProcessInfo info = (PSHostProcessInfo) found.getFirst();
        assertThat(info.getProcessId()).isEqualTo(server.pid());
        assertThat(info.getAppDomainName()).isEqualTo("None");
        assertThat(info.GetPipeNameFilePath()).isEqualTo(socket.toString());
        PowerShell.create().addCommand("Get-PSHostProcessInfo").invoke();
        assertThat(stale).doesNotExist();
    }

    @Test
    void theSocketFileGoesWhenTheProcessExits() throws Exception {
        Process shortLived = jpwsh("Start-Sleep 3").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path file = awaitSocket(shortLived.pid());
            assertThat(shortLived.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(file).doesNotExist();
        } finally {
            shortLived.destroyForcibly();
        }
    }

    @Test
    void theOptOutVariableTurnsTheListenerOff() throws Exception {
        ProcessBuilder builder = jpwsh("Start-Sleep -Milliseconds 1500; 'ready'; Start-Sleep 300");
        builder.environment().put("POWERSHELL_DIAGNOSTICS_OPTOUT", "true");
        Process optedOut = builder.start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(optedOut.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo("ready");
            String name = PipeNames.forProcess(optedOut.pid()).orElseThrow();
            assertThat(PipeNames.socketFile(name)).doesNotExist();
        } finally {
            optedOut.destroyForcibly();
            optedOut.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killingTheServerBreaksTheRunspaceWithinTwoSeconds() throws Exception {
        Runspace runspace = openRemote();
        CompletableFuture<RunspaceState> broken = new CompletableFuture<>();
        runspace.addStateChangedListener(info -> {
            if (info.state() == RunspaceState.Broken) {
                broken.complete(info.state());
            }
        });
        PowerShell shell = PowerShell.create(runspace).addScript("Start-Sleep 60");
        PowerShellAsyncResult result = shell.beginInvoke();
        server.destroyForcibly();
        assertThat(broken.get(2, TimeUnit.SECONDS)).isEqualTo(RunspaceState.Broken);
        assertThatThrownBy(() -> shell.endInvoke(result)).hasMessage("\"The named pipe target process has ended.\"");
    }

    @Test
    void malformedTruncatedAndOversizedPacketsEndOnlyTheirConnection() throws Exception {
        assertClosedAfter("this is not a packet\n".getBytes(StandardCharsets.UTF_8));
        assertClosedAfter(("<Data Stream='Default' PSGuid='00000000-0000-0000-0000-000000000000'>AAAAAAAAAAEAAAAAAAAA"
                + "AAMAAAB4</Data>\n").getBytes(StandardCharsets.UTF_8));
        assertClosedAfter("<Data Stream='Default' PSGuid='0000".getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[3 << 20];
        java.util.Arrays.fill(huge, (byte) 'A');
        assertClosedAfter(huge);
        try (Runspace runspace = openRemote()) {
            List<Object> pid = PowerShell.create(runspace).addScript("$PID").invoke();
            assertThat(((Number) pid.getFirst()).longValue()).isEqualTo(server.pid());
        }
    }

    /** Sends {@code bytes} (then ends its output) and expects the server to close the connection. */
    private void assertClosedAfter(byte[] bytes) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            try {
                channel.write(ByteBuffer.wrap(bytes));
                channel.shutdownOutput();
            } catch (IOException closedWhileWriting) {
                return;
            }
            InputStream in = Channels.newInputStream(channel);
            while (in.read() >= 0) {
                // acknowledgements of what was well formed, until the server closes
            }
        }
    }
}
