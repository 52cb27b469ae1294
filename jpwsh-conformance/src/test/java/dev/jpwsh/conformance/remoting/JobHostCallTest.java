package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.conformance.remoting.RemoteHostCallTest.TypingHost;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Host calls from a Start-Job job, as pwsh hands them to Receive-Job: a prompt blocks the job (and its parent) until
 * a Receive-Job asks it on its own host, writes to the host wait for Receive-Job too, and Stop-Job ends a job blocked
 * on a prompt.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JobHostCallTest {
    private static final String AWAIT_BLOCKED = "$deadline = [datetime]::Now.AddSeconds(60); "
            + "while ($j.State -ne 'Blocked' -and [datetime]::Now -lt $deadline) { Start-Sleep -Milliseconds 20 }; ";

    @Test
    void aPromptBlocksTheJobUntilReceiveJobAsksItOnItsHost() {
        StringBuilder screen = new StringBuilder();
        try (Runspace runspace = RunspaceFactory.createRunspace(new TypingHost(screen))) {
            runspace.open();
            var output = PowerShell.create(runspace).addScript("$j = Start-Job { $Host.UI.WriteLine('first'); "
                    + "$a = Read-Host 'Your name'; \"hello $a\"; "
                    + "$Host.UI.PromptForChoice('Pick', 'Which?', [System.Management.Automation.Host."
                    + "ChoiceDescription[]]@('&Yes', '&No'), 0) }; " + AWAIT_BLOCKED
                    + "$j.State; $j.ChildJobs[0].State; Receive-Job $j -Wait -AutoRemoveJob").invoke();
            assertThat(output).map(String::valueOf).containsExactly("Blocked", "Blocked", "hello typed", "1");
            assertThat(screen).hasToString("first\nYour name: choice Pick/Which?: &Yes= &No= default 0\n");
        }
    }

    @Test
    void stopJobEndsAJobBlockedOnAPrompt() {
        try (Runspace runspace = RunspaceFactory.createRunspace(new TypingHost(new StringBuilder()))) {
            runspace.open();
            var output = PowerShell.create(runspace).addScript("$j = Start-Job { Read-Host 'never answered' }; "
                    + AWAIT_BLOCKED + "$j.State; Stop-Job $j; $j.State; $j.ChildJobs[0].State; Remove-Job $j")
                    .invoke();
            assertThat(output).map(String::valueOf).containsExactly("Blocked", "Stopped", "Stopped");
        }
    }
}
