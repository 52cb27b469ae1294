package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PSReadLine's look and options in a real terminal (tmux): the line being typed coloured by token kind in PSReadLine's
 * colours (and in those Set-PSReadLineOption -Colors gives), the continuation prompt it sets, a key handler whose
 * script block inserts text, and the history's inline prediction.
 */
class ReadLineOptionsTest extends TerminalTestBase {
    private static final String ESC = "\u001b";

    /** Commands, parameters, variables, members, strings and comments get PSReadLine's default colours as typed. */
    @Test
    void theLineIsColouredByTokenKind() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.type("Get-Item -Path $HOME | ForEach-Object { $_.Name + 'x' } # done");
            String screen = console.waitFor(s -> s.contains("# done"), TmuxConsole.STEP_MILLIS);
            String colored = console.coloredScreen();
            assertThat(colored).as(screen).contains(ESC + "[93mGet-Item").contains(ESC + "[90m-Path")
                    .contains(ESC + "[92m$HOME").contains(ESC + "[93mForEach-Object").contains(ESC + "[37mName")
                    .contains(ESC + "[36m'x'").contains(ESC + "[32m# done");
            long prompts = console.prompts(console.screen());
            console.press("C-c");
            console.waitFor(s -> console.prompts(s) > prompts, TmuxConsole.STEP_MILLIS);
            console.run("Set-PSReadLineOption -Colors @{ Command = 'Magenta'; Variable = '#0000c8' }");
            console.type("Get-Item $HOME");
            console.waitFor(s -> s.lines().anyMatch(l -> l.endsWith("> Get-Item $HOME")), TmuxConsole.STEP_MILLIS);
            assertThat(console.coloredScreen()).contains(ESC + "[95mGet-Item")
                    .contains(ESC + "[38;5;200m$HOME");
        }
    }

    /** -ContinuationPrompt replaces {@code >> }; a key handler's script block inserts text into the line. */
    @Test
    void continuationPromptAndScriptBlockKeyHandler() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Set-PSReadLineOption -ContinuationPrompt '..> '");
            console.enter("if ($true) {");
            console.waitFor(s -> s.lines().anyMatch(l -> l.startsWith("..>")), TmuxConsole.STEP_MILLIS);
            console.enter("'inner' }");
            console.waitFor("\ninner\n");
            console.run("Set-PSReadLineKeyHandler -Chord Alt+w -ScriptBlock { "
                    + "[Microsoft.PowerShell.PSConsoleReadLine]::Insert(\"'from-key'\") }");
            console.press("M-w");
            console.waitFor(s -> s.lines().anyMatch(l -> l.endsWith("> 'from-key'")), TmuxConsole.STEP_MILLIS);
            console.press("Enter");
            console.waitFor("\nfrom-key\n");
            console.run("(Get-PSReadLineKeyHandler -Chord Alt+w).Function");
            console.waitFor("\nScriptBlock\n");
        }
    }

    /**
     * Get-PSReadLineKeyHandler's table is PSReadLine's: a heading underlined with = for each group, then its keys. The
     * interactive console has imported the PSReadLine module, as pwsh's has.
     */
    @Test
    void keyHandlersAreListedUnderTheirGroupsHeadings() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Get-Module | ForEach-Object { 'module ' + $_.Name + ' ' + $_.Version }");
            console.waitFor("\nmodule PSReadLine 2.3.5\n");
            String screen = console.run("Get-PSReadLineKeyHandler -Chord Ctrl+a, Enter");
            assertThat(screen).containsPattern("\nBasic editing functions\n=======================\n\n"
                    + "Key +Function +Description\n--- +-------- +-----------\nEnter +AcceptLine +Accept the input")
                    .containsPattern("\nCursor movement functions\n=========================\n\n"
                    + "Key +Function +Description\n--- +-------- +-----------\nCtrl\\+a +BeginningOfLine +Move the cursor");
        }
    }

    /**
     * pwsh's default PredictionSource (HistoryAndPlugin) in the inline view: the latest history line that begins with
     * what is typed (in any case) follows it in the InlinePrediction colour; RightArrow at the end takes it into the
     * line; -PredictionSource None turns it off.
     */
    @Test
    void theHistoryPredictsTheLineAndRightArrowTakesThePrediction() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Write-Output predicted-text");
            console.type("write-o");
            console.waitFor(s -> s.lines().anyMatch(l -> l.endsWith("> write-output predicted-text")),
                    TmuxConsole.STEP_MILLIS);
            // dim and italic (tmux may split PSReadLine's 97;2;3 into sequences of its own)
            assertThat(console.coloredScreen()).containsPattern("write-o(" + ESC + "\\[[0-9;]*m)*" + ESC
                    + "\\[[0-9;]*2;3[0-9;]*m(" + ESC + "\\[[0-9;]*m)*utput predicted-text");
            console.press("Right");
            console.type(" more");
            console.waitFor(s -> s.lines().anyMatch(l -> l.endsWith("> write-output predicted-text more")),
                    TmuxConsole.STEP_MILLIS);
            console.press("Enter");
            console.waitFor("\npredicted-text\nmore\n");
            console.run("Set-PSReadLineOption -PredictionSource None; (Get-PSReadLineOption).PredictionSource");
            console.waitFor("\nNone\n");
            console.type("write-o");
            console.waitFor(s -> s.lines().anyMatch(l -> l.endsWith("> write-o")), TmuxConsole.STEP_MILLIS);
            assertThat(console.coloredScreen()).doesNotContainPattern("write-o(" + ESC + "\\[[0-9;]*m)+utput");
        }
    }
}
