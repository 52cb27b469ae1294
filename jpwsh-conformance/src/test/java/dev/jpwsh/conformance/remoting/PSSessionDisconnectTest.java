package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A PSSession over a second jpwsh process's pipe, made with {@code [PSSession]::Create} and disconnected through its
 * runspace (pwsh on Linux has no Disconnect-, Connect- or Receive-PSSession; jpwsh's pipes can reconnect, pwsh's
 * cannot): Get-PSSession's State and Availability columns while disconnected and while a job runs, Invoke-Command's
 * errors for a disconnected and for a busy session, a second Connect refused, an -AsJob job that collects on
 * reconnecting what the server kept, and a server gone while disconnected.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PSSessionDisconnectTest extends PipeServerTest {
    private static final String OPEN = """
            param($serverPid)
            $rs = [runspacefactory]::CreateRunspace(
                [System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($serverPid))
            $rs.Open()
            function New-Listed { [CmdletBinding()] param($r)
                [System.Management.Automation.Runspaces.PSSession]::Create($r, $null, $PSCmdlet) }
            $s = New-Listed $rs
            function Columns { (Get-PSSession | Format-Table State, Availability -HideTableHeaders | Out-String).Trim() }
            function Failure($block) { try { & $block 2>&1 | ForEach-Object { "error: " + $_.FullyQualifiedErrorId } }
                catch { "terminating: " + $_.FullyQualifiedErrorId } }
            """;

    private List<String> run(String script) {
        try (Runspace local = RunspaceFactory.createRunspace()) {
            local.open();
            PowerShell shell = PowerShell.create(local).addScript(OPEN + script).addArgument((int) server.pid());
            return shell.invoke().stream().map(String::valueOf).toList();
        }
    }

    @Test
    void aDisconnectedSessionShowsItsStateAndItsJobCollectsOnReconnecting() {
        List<String> lines = run("""
                Columns
                $job = Invoke-Command -Session $s { 1..3 | ForEach-Object { Start-Sleep -Milliseconds 400; $_ } } -AsJob
                Start-Sleep -Milliseconds 200
                Columns
                Failure { Invoke-Command -Session $s { 'busy' } }
                $rs.Disconnect()
                Columns
                Failure { Invoke-Command -Session $s { 'disconnected' } }
                Start-Sleep -Milliseconds 1500
                $rs.Connect()
                try { $rs.Connect() } catch { 'second connect: ' + $_.Exception.InnerException.Message }
                ($job | Receive-Job -Wait) -join ','
                Columns
                Invoke-Command -Session $s { 'again' }
                """);
        assertThat(lines).containsExactly(
                "Opened    Available",
                "Opened         Busy",
                "error: InvokeCommandCommandInvalidSessionAvailability,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "terminating: InvalidOperation,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "Disconnected         None",
                "error: InvokeCommandCommandInvalidSessionState,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "terminating: InvalidOperation,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "second connect: Cannot connect the PSSession because the session is not in the Disconnected state, or "
                        + "is not available for connection.",
                "1,2,3",
                "Opened    Available",
                "again");
    }

    @Test
    void aServerGoneWhileDisconnectedBreaksTheSessionOnConnect() {
        List<String> lines = run("""
                $rs.Disconnect()
                Stop-Process -Id $serverPid -Force
                Start-Sleep -Milliseconds 500
                try { $rs.Connect() } catch { 'connect: ' + ($_.Exception.InnerException.Message -replace '\\d+', 'N') }
                Columns
                Failure { Invoke-Command -Session $s { 1 } }
                """);
        assertThat(lines).containsExactly(
                "connect: No process with process identifier N was found.",
                "Broken         None",
                "error: InvokeCommandCommandInvalidSessionState,Microsoft.PowerShell.Commands.InvokeCommandCommand",
                "terminating: InvalidOperation,Microsoft.PowerShell.Commands.InvokeCommandCommand");
    }
}
