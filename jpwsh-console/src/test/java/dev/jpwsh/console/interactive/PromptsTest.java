package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The console's prompts in a real terminal (tmux): PromptForChoice with its help and a bad answer, -Confirm's choices,
 * the Inquire preference's question, Get-Credential with a masked password, and nested prompts ({@code $Host.EnterNestedPrompt()}, Suspend) in the scope
 * of the command that entered them, left with {@code exit}.
 */
class PromptsTest extends TerminalTestBase {
    /** PromptForChoice shows pwsh's choice line, lists the help on ?, asks again on a bad answer, takes a hot key. */
    @Test
    void promptForChoiceAsksUntilAnAnswerNamesAChoice() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("$c = [System.Management.Automation.Host.ChoiceDescription]::new('&Yes', 'Do it'), "
                    + "[System.Management.Automation.Host.ChoiceDescription]::new('&No', 'Skip it'); "
                    + "\"picked $($Host.UI.PromptForChoice('Title', 'Proceed?', $c, 1))\"");
            console.waitFor("\nTitle\nProceed?\n[Y] Yes  [N] No  [?] Help (default is \"N\"):");
            console.enter("?");
            console.waitFor("\nY - Do it\nN - Skip it\n");
            console.enter("maybe");
            console.enter("y");
            console.waitFor("\npicked 0\n");
        }
    }

    /**
     * -Confirm asks with Yes to All and Suspend; Suspend opens a nested prompt in the scope of the function asking, and
     * exit returns to the question.
     */
    @Test
    void confirmOffersSuspendWhichNestsAPrompt() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param() $inside = 'its own'; "
                    + "if ($PSCmdlet.ShouldProcess('thing')) { 'removed' } else { 'kept' } }");
            console.enter("Remove-Thing -Confirm");
            console.waitFor("\nConfirm\nAre you sure you want to perform this action?\n"
                    + "Performing the operation \"Remove-Thing\" on target \"thing\".\n"
                    + "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):");
            console.enter("s");
            awaitNestedPrompt(console);
            console.enter("\"level $NestedPromptLevel, $inside scope\"");
            console.waitFor("\nlevel 1, its own scope\n");
            console.enter("exit");
            console.waitFor(screen -> screen.split("\\[S\\] Suspend", -1).length == 3, TmuxConsole.STEP_MILLIS);
            console.enter("n");
            console.waitFor("\nkept\n");
        }
    }

    /**
     * An Inquire preference asks after the message whether to go on (Yes, Yes to All, Halt Command, Suspend): for
     * Write-Information, Write-Host and Write-Warning; Halt stops the command with pwsh's error.
     */
    @Test
    void inquireAsksAfterTheMessageAndHaltStopsTheCommand() throws Exception {
        String question = "\nConfirm\nContinue with this operation?\n"
                + "[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is \"Y\"):";
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("Write-Information 'info-' -InformationAction Inquire; 'went ' + 'on'");
            console.waitFor("\ninfo-\n" + question);
            console.enter("y");
            console.waitFor("\nwent on\n");
            console.enter("Write-Warning 'careful' -WarningAction Inquire; 'warned ' + 'and went on'");
            console.waitFor("\nWARNING: careful\n" + question);
            console.enter("");
            console.waitFor("\nwarned and went on\n");
            console.enter("Write-Host 'host-' -InformationAction Inquire; 'not ' + 'reached'");
            console.waitFor("\nhost-\n" + question);
            console.run("h");
            String screen = console.waitFor("The running command stopped because the user selected the Stop option.");
            assertThat(screen).doesNotContain("not reached");
        }
    }

    /** Get-Credential asks for the user and a password shown as stars, and returns the credential. */
    @Test
    void getCredentialAsksForUserAndMaskedPassword() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("$cr = Get-Credential; \"$($cr.UserName)/$($cr.GetNetworkCredential().Password)\"");
            console.waitFor("\nPowerShell credential request\nEnter your credentials.\nUser:");
            console.enter("ada");
            console.waitFor("Password for user ada:");
            console.enter("s3cret");
            String screen = console.waitFor("\nada/s3cret\n");
            assertThat(screen).contains("Password for user ada: ******").doesNotContain("ada: s3cret");
        }
    }

    /**
     * $Host.EnterNestedPrompt() shows one more > in the prompt; exit or $Host.ExitNestedPrompt() goes back to the
     * command that entered it; ExitNestedPrompt at the top level does nothing.
     */
    @Test
    void enterNestedPromptAndExit() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("'before'; $Host.EnterNestedPrompt(); 'after'");
            awaitNestedPrompt(console);
            console.enter("$NestedPromptLevel");
            console.waitFor("\n1\n");
            console.enter("exit");
            console.waitFor("\nafter\n");
            console.run("$NestedPromptLevel");
            console.waitFor("\n0\n");
            long nested = console.screen().lines().filter(l -> l.matches("PS .*>>.*")).count();
            console.enter("$Host.EnterNestedPrompt(); 'left'");
            console.waitFor(screen -> screen.lines().filter(l -> l.matches("PS .*>>.*")).count() > nested,
                    TmuxConsole.STEP_MILLIS);
            console.enter("$Host.ExitNestedPrompt()");
            console.waitFor("\nleft\n");
            console.run("$Host.ExitNestedPrompt(); 'still here'");
            console.waitFor("\nstill here\n");
            console.run("'and here'");
            console.waitFor("\nand here\n");
        }
    }

    /**
     * A nested prompt entered in a function runs in the function's scope, as pwsh's: its variables are there, what is
     * set there is the function's, and it is gone with the function.
     */
    @Test
    void aNestedPromptRunsInTheScopeOfTheFunctionThatEnteredIt() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("function f { $x = 5; $host.EnterNestedPrompt(); \"after $x\" }; f");
            awaitNestedPrompt(console);
            console.enter("\"x is $x\"; $x = 6; $set = 'there'");
            console.waitFor("\nx is 5\n");
            console.enter("exit");
            console.waitFor("\nafter 6\n");
            console.run("\"[$x][$set]\"");
            console.waitFor("\n[][]\n");
        }
    }

    /** Waits for a nested prompt, one that ends in {@code >>}, waiting for a command. */
    private static void awaitNestedPrompt(TmuxConsole console) throws Exception {
        console.waitFor(screen -> screen.lines().anyMatch(l -> l.matches("PS .*>>\\s*")), TmuxConsole.STEP_MILLIS);
    }
}
