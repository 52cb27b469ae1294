package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.console.ssh.SshServerFixture;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SSH remoting against a real OpenSSH server ({@link SshServerFixture}) whose {@code powershell} subsystem is
 * {@code jpwsh -sshs}: Invoke-Command -HostName and -Session, New-, Get- and Remove-PSSession, fan-out under
 * -ThrottleLimit, and the faults: the server killed mid-command, a port nothing listens on, a missing key file.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SshRemotingTest {
    private static SshServerFixture server;

    @BeforeAll
    static void startServer() throws Exception {
        server = startOrSkip();
    }

    /** {@return a started private sshd}; the calling test class is skipped when this machine has none */
    static SshServerFixture startOrSkip() throws Exception {
        String reason = SshServerFixture.unavailableReason();
        Assumptions.assumeTrue(reason == null, () -> "SSH remoting tests skipped: " + reason);
        return SshServerFixture.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static PowerShell script(String text) {
        return PowerShell.create().addScript(text);
    }

    @Test
    void invokeCommandReturnsThePidOfAnotherProcessAndObjectsWithTheirProperties() {
        List<Object> out = script("Invoke-Command " + server.connection()
                + " { $PID; [pscustomobject]@{ Name = 'remote'; Count = 3 } }").invoke();
        assertThat(out).hasSize(2);
        long remotePid = ((Number) out.getFirst()).longValue();
        assertThat(remotePid).isNotEqualTo(ProcessHandle.current().pid());
        PSObject item = (PSObject) out.get(1);
        assertThat(item.property("Name").value()).isEqualTo("remote");
        assertThat(item.property("Count").value()).isEqualTo(3);
        assertThat(item.property("PSComputerName").value()).isEqualTo("127.0.0.1");
        assertThat(item.property("RunspaceId").value()).isNotNull();
    }

    /** -SSHTransport, which pwsh accepts beside -HostName as a marker of the transport, changes nothing else. */
    @Test
    void theSshTransportSwitchBesideHostNameRunsTheCommandOverSsh() {
        List<Object> out = script("Invoke-Command " + server.connection() + " -SSHTransport { 'over ssh'; $PID }")
                .invoke();
        assertThat(out).hasSize(2);
        assertThat(out.getFirst()).isEqualTo("over ssh");
        assertThat(((Number) out.get(1)).longValue()).isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void errorsWarningsArgumentsAndUsingValuesCrossTheConnection() {
        PowerShell shell = script("$word = 'used'; Invoke-Command " + server.connection()
                + " -ArgumentList 4 { param($n) $n * 2; $using:word; Write-Warning 'careful'; Write-Error 'bad' }");
        List<Object> out = shell.invoke();
        assertThat(out).map(String::valueOf).containsExactly("8", "used");
        assertThat(shell.getStreams().getWarning()).hasSize(1);
        assertThat(shell.getStreams().getError()).hasSize(1);
        assertThat(((ErrorRecord) shell.getStreams().getError().getFirst()).toString()).isEqualTo("bad");
    }

    @Test
    void pipelineInputAFileScriptAndHiddenComputerNamesWork() throws Exception {
        Path file = Files.createTempFile("remote-script", ".ps1");
        Files.writeString(file, "'from file'; $args.Count");
        try {
            List<Object> out = script("1..3 | Invoke-Command " + server.connection() + " { $input | % { $_ * 2 } }; "
                    + "1..2 | Invoke-Command " + server.connection() + " { process { \"p$_\" } }; "
                    + "Invoke-Command " + server.connection() + " -FilePath '" + file + "' -ArgumentList a, b; "
                    + "(Invoke-Command " + server.connection() + " { 1 } -HideComputerName).PSShowComputerName")
                    .invoke();
            assertThat(out).map(String::valueOf).containsExactly("2", "4", "6", "p1", "p2", "from file", "2",
                    "false");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void hostNamesFanOutUnderTheThrottleLimit() {
        List<Object> out = script("Invoke-Command " + server.connection().replace("-HostName 127.0.0.1",
                "-HostName 127.0.0.1, localhost, 127.0.0.1") + " -ThrottleLimit 2 { $PID }").invoke();
        assertThat(out).hasSize(3);
        assertThat(out.stream().map(String::valueOf).distinct()).hasSize(3);
        assertThat(out.stream().map(o -> String.valueOf(InstanceMembers.find(o, "PSComputerName").value())))
                .containsExactlyInAnyOrder("127.0.0.1", "localhost", "127.0.0.1");
        String table = "@{ HostName = 'root@127.0.0.1:" + server.port + "'; IdentityFilePath = '" + server.userKey
                + "'; Options = " + SshServerFixture.options() + " }";
        List<Object> fromTables = script("Invoke-Command -SSHConnection " + table + ", " + table + " { $PID }")
                .invoke();
        assertThat(fromTables.stream().map(String::valueOf).distinct()).hasSize(2);
    }

    @Test
    void aSessionKeepsItsStateBetweenCommandsUntilRemoved() {
        List<Object> out = script("$s = New-PSSession " + server.connection() + "; "
                + "Invoke-Command -Session $s { $kept = 41 }; Invoke-Command -Session $s { $kept + 1 }; "
                + "$listed = @(Get-PSSession).Count; $s.Transport; $s.State; $s.ConfigurationName; $listed; "
                + "Remove-PSSession $s; @(Get-PSSession).Count; $s.State").invoke();
        assertThat(out).map(String::valueOf).containsExactly("42", "SSH", "Opened", "DefaultShell", "1", "0",
                "Closed");
    }

    @Test
    void copyItemCopiesFilesAndFoldersToAndFromASession() throws Exception {
        Path dir = Files.createTempDirectory("jpwsh-copy");
        Files.createDirectories(dir.resolve("src/sub"));
        Files.writeString(dir.resolve("src/a.txt"), "hello");
        Files.write(dir.resolve("src/sub/b.bin"), new byte[] {0, (byte) 200, 7});
        Files.createDirectories(dir.resolve("remote"));
        List<Object> out = script("$s = New-PSSession " + server.connection() + "; $d = '" + dir + "'; "
                + "Copy-Item \"$d/src/a.txt\" -Destination \"$d/remote/one.txt\" -ToSession $s; "
                + "Copy-Item \"$d/src\" -Destination \"$d/remote\" -ToSession $s -Recurse; "
                + "Invoke-Command -Session $s { param($d) (Get-ChildItem $d/remote -Recurse -File).Count } -Args $d; "
                + "Copy-Item \"$d/remote/src\" -Destination \"$d/back\" -FromSession $s -Recurse; "
                + "Copy-Item \"$d/remote/missing.txt\" -Destination $d -FromSession $s -ErrorAction "
                + "SilentlyContinue -ErrorVariable e; $e.Count; Remove-PSSession $s").invoke();
        assertThat(out).map(String::valueOf).containsExactly("3", "1");
        assertThat(Files.readString(dir.resolve("remote/one.txt"))).isEqualTo("hello");
        assertThat(Files.readAllBytes(dir.resolve("remote/src/sub/b.bin"))).containsExactly(0, (byte) 200, 7);
        assertThat(Files.readString(dir.resolve("back/a.txt"))).isEqualTo("hello");
        assertThat(Files.readAllBytes(dir.resolve("back/sub/b.bin"))).containsExactly(0, (byte) 200, 7);
    }

    @Test
    void asJobReturnsARemoteJobWhoseOutputReceiveJobGives() {
        List<Object> out = script("$j = Invoke-Command " + server.connection() + " -AsJob { 'from job' }; "
                + "$j.PSJobTypeName; $null = Wait-Job $j -Timeout 120; $j.State; Receive-Job $j").invoke();
        assertThat(out).map(String::valueOf).containsExactly("RemoteJob", "Completed", "from job");
    }

    @Test
    void killingTheServerBreaksTheRunspaceWithinTwoSeconds() throws Exception {
        SshConnectionInfo info = new SshConnectionInfo("root", "127.0.0.1", server.userKey.toString(), server.port,
                "powershell", -1, Map.of("StrictHostKeyChecking", "no", "UserKnownHostsFile", "/dev/null",
                        "BatchMode", "yes"));
        Runspace runspace = RunspaceFactory.createRunspace(info);
        runspace.open();
        long remotePid = ((Number) PowerShell.create(runspace).addScript("$PID").invoke().getFirst()).longValue();
        CompletableFuture<RunspaceState> broken = new CompletableFuture<>();
        runspace.addStateChangedListener(state -> {
            if (state.state() == RunspaceState.Broken) {
                broken.complete(state.state());
            }
        });
        PowerShell sleeper = PowerShell.create(runspace).addScript("'started'; Start-Sleep 60");
        PSDataCollection<Object> output = new PSDataCollection<>();
        CompletableFuture<Object> started = new CompletableFuture<>();
        output.addDataAddedListener(started::complete);
        PowerShellAsyncResult result = sleeper.beginInvoke(null, output);
        assertThat(started.get(60, TimeUnit.SECONDS)).hasToString("started");
        ProcessHandle.of(remotePid).orElseThrow().destroyForcibly();
        assertThat(broken.get(2, TimeUnit.SECONDS)).isEqualTo(RunspaceState.Broken);
        assertThatThrownBy(() -> sleeper.endInvoke(result)).hasMessage("The SSH client session has ended with error "
                + "message: The SSH transport process has abruptly terminated causing this remote session to break.");
        runspace.dispose();
    }

    /** pwsh disconnects only WSMan runspaces; over SSH the server ends with its connection, so there is no Connect. */
    @Test
    void anSshRunspaceRefusesToDisconnectAsPwshDoes() {
        List<Object> out = script("$s = New-PSSession " + server.connection() + "; "
                + "try { $s.Runspace.Disconnect() } catch { $_.Exception.InnerException.GetType().FullName; "
                + "$_.Exception.InnerException.Message }; $s.State; Invoke-Command -Session $s { 'still open' }; "
                + "Remove-PSSession $s").invoke();
        assertThat(out).map(String::valueOf).containsExactly("System.Management.Automation.PSInvalidOperationException",
                "The disconnection operation is not supported on the remote computer. To support disconnecting, the "
                        + "remote computer must be running Windows PowerShell 3.0 or a later version of Windows "
                        + "PowerShell and using the WSMan transport.", "Opened", "still open");
    }

    @Test
    void aBrokenSessionIsRefusedByInvokeCommandWithPwshsErrors() {
        List<Object> out = script("$s = New-PSSession " + server.connection() + "; "
                + "$remote = Invoke-Command -Session $s { $PID }; Stop-Process -Id $remote -Force; "
                + "$deadline = [datetime]::Now.AddSeconds(10); "
                + "while ($s.State -ne 'Broken' -and [datetime]::Now -lt $deadline) { Start-Sleep -Milliseconds 50 }; "
                + "$s.State; try { Invoke-Command -Session $s { 1 } -ErrorVariable e -ErrorAction SilentlyContinue } "
                + "catch { $_.FullyQualifiedErrorId; \"$_\" }; $e[0].FullyQualifiedErrorId; Remove-PSSession $s")
                .invoke();
        assertThat(out).map(String::valueOf).containsExactly("Broken",
                "InvalidOperation,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "No valid sessions were specified.  Ensure you provide valid sessions that are in the Opened state "
                        + "and are available to run commands.",
                "InvokeCommandCommandInvalidSessionState,Microsoft.PowerShell.Commands.InvokeCommandCommand");
    }

    @Test
    void aPortWithoutServerAndAMissingKeyAreOpenErrorsNamingTheHost() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        List<Object> out = script("New-PSSession -HostName 127.0.0.1 -Port " + closed + " -KeyFilePath '"
                + server.userKey + "' -Options " + SshServerFixture.options() + " -ErrorAction SilentlyContinue "
                + "-ErrorVariable e; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.Category; \"$($e[0])\"; "
                + "try { Invoke-Command -HostName 127.0.0.1 -KeyFilePath /nonexistent/key { 1 } } catch { "
                + "$_.FullyQualifiedErrorId; \"$_\" }; @(Get-PSSession).Count").invoke();
        assertThat(out).map(String::valueOf).containsExactly(
                "PSSessionOpenFailed,Microsoft.PowerShell.Commands.NewPSSessionCommand", "OpenError",
                "[127.0.0.1] The SSH client session has ended with error message: The SSH transport process has "
                        + "abruptly terminated causing this remote session to break.",
                "PathNotFound,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "Cannot find path '/nonexistent/key' because it does not exist.", "0");
    }
}
