package dev.jpwsh.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.console.options.UsageText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path directory;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), Terminal.NONE, args);
    }

    private static Run run(InputStream in, Terminal terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** -Version prints pwsh's version line on standard output and exits with 0. */
    @Test
    void version() {
        assertThat(run("-Version")).isEqualTo(new Run(0, "PowerShell 7.4.6" + NL, ""));
    }

    /** -Help prints a blank line, the synopsis, the details and a line break, and exits with 0. */
    @Test
    void help() {
        assertThat(run("-?")).isEqualTo(new Run(0, NL + UsageText.SYNOPSIS + UsageText.DETAILS + NL, ""));
    }

    /** An unknown switch: pwsh's message on standard error, the synopsis on standard output, exit code 64. */
    @Test
    void unknownSwitch() {
        assertThat(run("-bogus")).isEqualTo(new Run(64, NL + UsageText.SYNOPSIS + NL,
                "The argument '-bogus' is not recognized as the name of a script file. Check the spelling of the "
                        + "name, or if a path was included, verify that the path is correct and try again." + NL));
    }

    /** Text that does not parse is shown in the concise view on standard error, with exit code 1. */
    @Test
    void commandWithParseError() {
        assertThat(run("-c", "1", "+")).isEqualTo(new Run(1, "", String.join(NL,
                "ParserError: ",
                "Line |",
                "   1 |  1 +",
                "     |     ~",
                "     | You must provide a value expression following the '+' operator.") + NL));
    }

    /** Colour is used only when both output streams are terminals and NO_COLOR is not set. */
    @Test
    void colourOnTerminals() {
        Terminal terminal = new Terminal(true, true, true, 120, false);
        assertThat(run(input(""), terminal, "-c", "1 +").err()).contains("\u001b[31;1mParserError: ");
        Terminal noColor = new Terminal(true, true, true, 120, true);
        assertThat(run(input(""), noColor, "-c", "1 +").err()).doesNotContain("\u001b");
        Terminal piped = new Terminal(true, false, true, 120, false);
        assertThat(run(input(""), piped, "-c", "1 +").err()).doesNotContain("\u001b");
    }

    /** A script file runs with the arguments after it bound to its parameters. */
    @Test
    void cleanScriptFile() throws IOException {
        Path script = Files.writeString(directory.resolve("ok.ps1"), "param($Name)\n\"hello $Name\"\n");
        assertThat(run(script.toString(), "arg")).isEqualTo(new Run(0, "hello arg" + NL, ""));
    }

    /** exit N in a script is the process exit code. */
    @Test
    void exitCodeOfScript() throws IOException {
        Path script = Files.writeString(directory.resolve("exit.ps1"), "exit 3\n");
        assertThat(run(script.toString()).exitCode()).isEqualTo(3);
    }

    /** -Command text exits 1 when its last command failed ($? false), 0 when it succeeded, exit N with N. */
    @Test
    void commandExitCodeFollowsLastCommand() {
        assertThat(run("-c", "no-such-command-here").exitCode()).isEqualTo(1);
        assertThat(run("-c", "'a'; Write-Error 'failed'").exitCode()).isEqualTo(1);
        assertThat(run("-c", "Write-Error 'failed'; 'b'").exitCode()).isZero();
        assertThat(run("-c", "Write-Error 'failed'; exit 0").exitCode()).isZero();
        assertThat(run("-c", "exit 5").exitCode()).isEqualTo(5);
    }

    /** A script's parse error names the script by its absolute path. */
    @Test
    void scriptWithParseError() throws IOException {
        Path script = Files.writeString(directory.resolve("bad.ps1"), "\uFEFFfunction f {\n");
        Run run = run("-File", script.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("ParserError: " + script.toAbsolutePath() + ":1" + NL);
        assertThat(run.err()).endsWith("     | Missing closing '}' in statement block or type definition." + NL);
    }

    /** A missing script file gets pwsh's message, the synopsis and exit code 64. */
    @Test
    void missingScriptFile() {
        Run run = run("missing.ps1");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).startsWith("The argument 'missing.ps1' is not recognized as the name of a script file.");
        assertThat(run.out()).isEqualTo(NL + UsageText.SYNOPSIS + NL);
    }

    /** -Command - parses standard input. */
    @Test
    void commandFromStandardInput() {
        assertThat(run(input("'from stdin'\n"), Terminal.NONE, "-Command", "-")).isEqualTo(new Run(0,
                "from stdin" + NL, ""));
        assertThat(run(input("1 +"), Terminal.NONE, "-c", "-").err()).startsWith("ParserError: " + NL);
    }

    /** -Command - with standard input at a terminal is a usage error. */
    @Test
    void commandFromTerminal() {
        Terminal terminal = new Terminal(true, false, false, 0, false);
        Run run = run(input(""), terminal, "-c", "-");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).startsWith("'-' was specified as the argument to -Command");
    }

    /**
     * With no script and standard input at a terminal, an interactive session reads commands from it after the banner
     * and the prompt, until exit. Given streams of its own, the console draws on a dumb terminal over them.
     */
    @Test
    void interactiveSessionReadsItsCommands() {
        Terminal terminal = new Terminal(true, true, true, 80, false);
        Run run = run(input("function f {\n'in' + 'side'\n}\nf\nexit 5\n"), terminal, "-NoProfile");
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.out()).startsWith("PowerShell 7.").contains("PS ").contains("inside");
        assertThat(run(input(""), terminal, "-NoProfile", "-NoLogo").out()).doesNotContain("PowerShell 7.");
    }

    /**
     * An unexpected failure is one line on standard error, naming the .NET exception it stands for, and exit code 70.
     */
    @Test
    void internalErrorIsOneLine() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("boom");
            }
        };
        Run run = run(failing, Terminal.NONE, "-c", "-");
        assertThat(run).isEqualTo(
                new Run(70, "", "jpwsh: internal error: System.InvalidOperationException: boom" + NL));
    }
}
