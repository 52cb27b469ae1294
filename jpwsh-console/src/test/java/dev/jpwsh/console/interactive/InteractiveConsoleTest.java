package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The interactive console end to end, typed into a real terminal (tmux) as a user types: multi-line input, Tab
 * completion, history across sessions, Ctrl+C, the progress bar. Skipped where tmux is not installed.
 */
class InteractiveConsoleTest extends TerminalTestBase {
    @Test
    void aFunctionTypedOverSeveralLinesRunsAfterItsClosingBrace() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("function Get-Greeting {");
            console.waitFor(">> ");
            console.enter("  param($Name)");
            console.enter("  \"Hello, $Name\"");
            console.enter("}");
            console.enter("Get-Greeting World");
            String screen = console.waitFor("Hello, World");
            assertThat(screen).contains(">>   param($Name)").contains(">> }");
            assertThat(screen).matches("(?s)PowerShell 7\\.\\d+\\.\\d+\nPS " + ".*");
        }
    }

    @Test
    void tabCompletesACmdletAParameterAMemberAndAPath() throws Exception {
        Files.writeString(home.resolve("unusual-name.txt"), "x");
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.type("Get-ChildI");
            console.press("Tab");
            console.waitFor("> Get-ChildItem");
            console.type(" -Recu");
            console.press("Tab");
            console.waitFor("> Get-ChildItem -Recurse");
            console.press("C-c");
            console.waitFor(screen -> console.prompts(screen) == 2, TmuxConsole.STEP_MILLIS);
            console.run("$text = 'abc'");
            console.type("$text.Leng");
            console.press("Tab");
            console.press("Enter");
            // blanks may be left where a prediction from the history was shown
            console.waitFor(screen -> screen.matches("(?s).*> \\$text\\.Length *\n3\n.*")
                    && console.prompts(screen) == 4, TmuxConsole.STEP_MILLIS);
            console.type("Get-Content ./unusual-n");
            console.press("Tab");
            console.press("Enter");
            console.waitFor(screen -> screen.matches("(?s).*> Get-Content \\./unusual-name\\.txt *\nx\n.*"),
                    TmuxConsole.STEP_MILLIS);
        }
    }

    /** A second Tab on an ambiguous word lists the candidates under the line. */
    @Test
    void aSecondTabShowsTheCandidates() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("function Test-Zqalpha { 'alpha ran' }; function Test-Zqbeta { 'beta ran' }");
            console.type("Test-Zq");
            console.press("Tab");
            console.press("Tab");
            console.waitFor(screen -> {
                int line = screen.lastIndexOf("> Test-Zq");
                String below = line < 0 ? "" : screen.substring(line);
                return below.contains("Test-Zqalpha") && below.contains("Test-Zqbeta");
            }, TmuxConsole.STEP_MILLIS);
        }
    }

    @Test
    void historyIsRecalledInTheNextSessionWithUpAndCtrlR() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("'first' + '-session'");
            console.enter("exit");
            assertThat(console.exitStatus()).isZero();
        }
        Path file = home.resolve("data/powershell/PSReadLine/ConsoleHost_history.txt");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("'first' + '-session'\nexit\n");
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.press("Up", "Up");
            console.waitFor("> 'first' + '-session'");
            console.press("Enter");
            console.waitFor(screen -> console.prompts(screen) == 2, TmuxConsole.STEP_MILLIS);
            console.press("C-r");
            console.type("+ '-s");
            console.waitFor("'first' + '-session'");
            console.press("Enter");
            console.waitFor(screen -> console.prompts(screen) == 3, TmuxConsole.STEP_MILLIS);
            console.enter("(Get-History).CommandLine -join '|'");
            console.waitFor("'first' + '-session'|'first' + '-session'\n");
        }
    }

    @Test
    void ctrlCStopsASleepParallelSleepsAndAWaitForAThreadJobWithinASecond() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            for (String command : new String[] {"'sleeping'; Start-Sleep 60",
                    "'parallel'; 1..10 | ForEach-Object -Parallel { Start-Sleep 60 }",
                    "'waiting'; Wait-Job (Start-ThreadJob { Start-Sleep 60 })"}) {
                long before = console.prompts(console.screen());
                console.enter(command);
                console.waitFor(screen -> screen.contains("\n" + command.substring(1, command.indexOf("'", 1))),
                        TmuxConsole.STEP_MILLIS);
                Thread.sleep(500);
                long pressed = System.nanoTime();
                console.press("C-c");
                console.waitFor(screen -> console.prompts(screen) == before + 1, TmuxConsole.STEP_MILLIS);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
                assertThat(millis).as("milliseconds from Ctrl+C to the prompt").isLessThan(1000);
            }
            console.enter("'still' + ' alive'");
            console.waitFor("still alive");
            assertThat(console.screen()).doesNotContain("The pipeline has been stopped");
        }
    }

    /**
     * Ctrl+C at an idle prompt is a key in its turn among those typed (as PSReadLine reads it): it abandons the line,
     * and the keys typed right after it all go to the next one, the first included.
     */
    @Test
    void keysTypedRightAfterCtrlCAtAnIdlePromptAreKept() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            for (int i = 1; i <= 3; i++) {
                long before = console.prompts(console.screen());
                console.type("'abandoned'");
                console.press("C-c");
                console.type("'kept' + '-" + i + "'");
                console.press("Enter");
                String kept = "> 'kept' + '-" + i + "'\nkept-" + i + "\n";
                console.waitFor(screen -> screen.contains(kept) && console.prompts(screen) == before + 2,
                        TmuxConsole.STEP_MILLIS);
            }
            assertThat(console.screen()).doesNotContain("\nabandoned\n");
        }
    }

    @Test
    void aProgressBarAppearsWhileTheLoopRunsAndGoesWhenItEnds() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("1..40 | ForEach-Object { Write-Progress -Activity Crunching -Status \"Item $_\" "
                    + "-PercentComplete ($_ * 2); Start-Sleep -Milliseconds 100 }; 'fini' + 'shed'");
            console.waitFor(screen -> screen.contains("Crunching [Item "), TmuxConsole.STEP_MILLIS);
            String screen = console.waitFor("finished");
            assertThat(screen).doesNotContain("Crunching [");
        }
    }

    /** Write-Progress from -Parallel tasks, which share the console's host: a bar for each, gone when they end. */
    @Test
    void parallelTasksDrawTheirOwnProgressBars() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("1..2 | ForEach-Object -Parallel { $n = $_; 1..80 | ForEach-Object { Write-Progress -Id $n "
                    + "-Activity \"Task $n\" -Status \"step $_\" -PercentComplete $_; Start-Sleep -Milliseconds 100 } }; "
                    + "'fini' + 'shed'");
            console.waitFor(screen -> screen.contains("\nTask 1 [step ") && screen.contains("\nTask 2 [step "),
                    TmuxConsole.STEP_MILLIS);
            // the bars go when the pipeline ends, just after its last output: the next prompt says it has
            String screen = console.waitFor(s -> s.contains("\nfinished\n") && console.prompts(s) >= 2,
                    TmuxConsole.STEP_MILLIS);
            assertThat(screen).doesNotContain("Task 1 [").doesNotContain("Task 2 [");
        }
    }

    /**
     * Seed 000, a console transcript typed line by line: the console's own runspace is Busy while Get-Runspace runs,
     * a new one is BeforeOpen, then Opened and Available; a variable given by an InitialSessionState; a runspace on
     * this very process's named pipe runs $PID.
     */
    @Test
    void seed000TranscriptTypedLineByLine() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Get-Runspace");
            console.waitFor(screen -> screen.matches("(?s).*\n  1 Runspace1 +localhost +Local +Opened +Busy *\n.*"),
                    TmuxConsole.STEP_MILLIS);
            console.run("$runspace = [runspacefactory]::CreateRunspace()");
            console.run("$runspace.RunspaceStateInfo.State, $runspace.RunspaceAvailability -join '/'");
            console.waitFor("BeforeOpen/None\n");
            console.run("$runspace.Open()");
            console.run("$runspace.RunspaceStateInfo.State, $runspace.RunspaceAvailability -join '/'");
            console.waitFor("Opened/Available\n");
            console.run("$init = [System.Management.Automation.Runspaces.InitialSessionState]::Create()");
            console.run("$var2 = [System.Management.Automation.Runspaces.SessionStateVariableEntry]::new(\"double\", 6 , '')");
            console.run("$init.Variables.Add($var2)");
            console.run("$Runspace2 = [runspacefactory]::CreateRunspace($init)");
            console.run("$Runspace2.Open()");
            console.run("$Runspace2.SessionStateProxy.GetVariable(\"double\")");
            console.waitFor("GetVariable(\"double\")\n6\n");
            console.run("$ConnectInfo = [System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($pid)");
            console.run("$Runspace3 = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspace($ConnectInfo)");
            console.run("$Runspace3.Open()");
            console.run("$Pipeline = [PowerShell]::Create()");
            console.run("$Pipeline.Runspace = $Runspace3");
            console.run("$Pipeline.AddScript(\"`$PID\");");
            console.waitFor("InvocationStateInfo");
            console.run("$Pipeline.Invoke()[0] -eq $pid");
            console.waitFor("$Pipeline.Invoke()[0] -eq $pid\nTrue\n");
        }
    }
}
