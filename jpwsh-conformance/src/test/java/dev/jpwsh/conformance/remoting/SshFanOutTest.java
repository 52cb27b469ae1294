package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.console.ssh.SshServerFixture;
import dev.jpwsh.engine.runspaces.PowerShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Invoke-Command -HostName} to 33 hosts over SSH ({@link SshServerFixture}) with -AsJob and -HideComputerName
 * and no -ThrottleLimit: pwsh's default of 32 sessions at once holds. Each remote command marks itself running in
 * a shared folder and waits until 32 are (or until one of them has seen 32), so the commands show how many ran at
 * once: 32, never 33; every host answers from a process of its own, with its computer name hidden.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SshFanOutTest {
    private static final int HOSTS = 33;

    @Test
    void thirtyThreeHostsRunAsAJobThirtyTwoAtATime(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("running"));
        try (SshServerFixture server = SshRemotingTest.startOrSkip()) {
            String command = "param($d) $mine = New-Item (Join-Path $d \"running/$([guid]::NewGuid())\"); "
                    + "$deadline = [datetime]::Now.AddSeconds(150); "
                    + "while (-not (Test-Path \"$d/go\") -and [datetime]::Now -lt $deadline) { "
                    + "if (@(Get-ChildItem \"$d/running\").Count -ge 32) { $null = New-Item \"$d/go\" -Force } "
                    + "else { Start-Sleep -Milliseconds 100 } }; "
                    + "$seen = @(Get-ChildItem \"$d/running\").Count; Remove-Item $mine; \"$PID $seen\"";
            List<Object> out = PowerShell.create().addScript("$hosts = @('127.0.0.1') * " + HOSTS + "; "
                    + "$j = Invoke-Command " + server.connection().replace("-HostName 127.0.0.1", "-HostName $hosts")
                    + " -AsJob -HideComputerName -ArgumentList '" + dir + "' -ScriptBlock { " + command + " }; "
                    + "$j.PSJobTypeName; $j.ChildJobs.Count; $null = Wait-Job $j -Timeout 240; $j.State; "
                    + "Receive-Job $j | ForEach-Object { \"$_ $($_.PSShowComputerName)\" }").invoke();
            assertThat(out.subList(0, 3)).map(String::valueOf).containsExactly("RemoteJob", "" + HOSTS, "Completed");
            List<String[]> answers = out.subList(3, out.size()).stream().map(o -> String.valueOf(o).split(" "))
                    .toList();
            assertThat(answers).hasSize(HOSTS);
            assertThat(answers).allSatisfy(a -> assertThat(a[2]).as("PSShowComputerName").isEqualTo("False"));
            assertThat(answers.stream().map(a -> a[0]).distinct()).as("one process per host").hasSize(HOSTS);
            assertThat(answers.stream().mapToInt(a -> Integer.parseInt(a[1])).max().orElse(0))
                    .as("the most commands seen running at once").isEqualTo(32);
        }
    }
}
