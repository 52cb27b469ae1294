package dev.jpwsh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Prompts when standard input is redirected and not a terminal: as pwsh does, the answers are read line by line from
 * it and echoed after the prompt; under -NonInteractive, or once the input has ended, a prompt fails with pwsh's
 * NonInteractive error.
 */
class RedirectedPromptsTest {
    private static final String NL = System.lineSeparator();

    /** What one run printed. */
    private record Run(String out, String err) {
    }

    private static Run run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Terminal.NONE);
        return new Run(out.toString(StandardCharsets.UTF_8).replace(NL, "\n"),
                err.toString(StandardCharsets.UTF_8).replace(NL, "\n"));
    }

    /** PromptForChoice lists the help on ?, asks again after an unknown answer, and takes a label or a hot key. */
    @Test
    void choicesAreReadLineByLine() {
        Run run = run("?\nmaybe\nbanana\n\n", "-NoProfile", "-Command",
                "$Host.UI.PromptForChoice('Fruit', 'Which one?', @('&Apple', '&Banana', 'Cherry'), -1);"
                        + "$Host.UI.PromptForChoice('', 'Sure?', @('&Yes', '&No'), 1)");
        assertThat(run.out()).isEqualTo("""

                Fruit
                Which one?
                [A] Apple  [B] Banana  [] Cherry  [?] Help ?
                A -\s
                B -\s
                Cherry -\s
                [A] Apple  [B] Banana  [] Cherry  [?] Help maybe
                [A] Apple  [B] Banana  [] Cherry  [?] Help banana
                1
                Sure?
                [Y] Yes  [N] No  [?] Help (default is "N"):\s
                1
                """);
        assertThat(run.err()).isEmpty();
    }

    /** Get-Credential reads the user name, then the password, which is not echoed. */
    @Test
    void credentialsAreReadLineByLine() {
        Run run = run("ada\ns3cret\n", "-NoProfile", "-Command",
                "$c = Get-Credential -Title T -Message M; $c.UserName; $c.GetNetworkCredential().Password");
        assertThat(run.out()).isEqualTo("\nT\nM\nUser: ada\nPassword for user ada: \nada\ns3cret\n");
    }

    /** A confirmation asks through PromptForChoice; "Yes to All" answers the command's later questions too. */
    @Test
    void confirmationsAreReadLineByLine() {
        Run run = run("a\n", "-NoProfile", "-Command",
                "function Remove-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() "
                        + "foreach ($n in 1, 2) { if ($PSCmdlet.ShouldProcess(\"thing $n\")) { \"removed $n\" } } }; "
                        + "Remove-Thing");
        assertThat(run.out()).isEqualTo("""

                Confirm
                Are you sure you want to perform this action?
                Performing the operation "Remove-Thing" on target "thing 1".
                [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): a
                removed 1
                removed 2
                """);
    }

    /** PowerShell's test hook ForcePromptForChoiceDefaultOption answers a choice with its default, nothing read. */
    @Test
    void theTestHookAnswersWithTheDefault() {
        Run run = run("", "-NoProfile", "-Command", "$hooks = [System.Management.Automation.Internal.InternalTestHooks]; "
                + "$hooks::SetTestHook('ForcePromptForChoiceDefaultOption', $true); "
                + "try { 'answer ' + $Host.UI.PromptForChoice('Fruit', 'Which one?', @('&Apple', '&Banana'), 1) } "
                + "finally { $hooks::SetTestHook('ForcePromptForChoiceDefaultOption', $false) }");
        assertThat(run.out()).isEqualTo("\nFruit\nWhich one?\n[A] Apple  [B] Banana  [?] Help (default is \"B\"): answer 1\n");
    }

    /** Under -NonInteractive nothing is read: the prompt fails with pwsh's error, and so it does at the input's end. */
    @Test
    void nonInteractiveAndEndOfInputFail() {
        String error = "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.";
        Run refused = run("y\n", "-NoProfile", "-NonInteractive", "-Command",
                "try { $Host.UI.PromptForChoice('', 'Go?', @('&Yes'), 0) } catch { $_.Exception.InnerException.Message }");
        assertThat(refused.out()).isEqualTo(error + "\n");
        Run ended = run("", "-NoProfile", "-Command",
                "try { Read-Host 'Name' } catch { $_.FullyQualifiedErrorId }");
        assertThat(ended.out()).endsWith("InvalidOperation,Microsoft.PowerShell.Commands.ReadHostCommand\n");
    }
}
