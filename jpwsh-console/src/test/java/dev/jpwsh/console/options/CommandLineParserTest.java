package dev.jpwsh.console.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineParserTest {
    @TempDir
    Path directory;

    private static StartupOptions parse(String... args) {
        return CommandLineParser.parse(List.of(args), true);
    }

    private Path script(String name) throws IOException {
        return Files.writeString(directory.resolve(name), "Get-Date\n");
    }

    /** Each accepted spelling of -NoProfile sets it: any case, any prefix, shortened to three letters. */
    @ParameterizedTest
    @ValueSource(strings = {"-NoProfile", "-noprofile", "-NOPROFILE", "--noprofile", "/NoProfile", "-nop",
            "-noprof", "\u2013nop", "\u2014\u2014nop"})
    void noProfileSpellings(String spelling) {
        assertThat(parse(spelling).settings().noProfile()).isTrue();
    }

    /** The shortest prefixes pwsh documents select their switches. */
    @Test
    void shortestPrefixes() {
        StartupOptions options = parse("-noni", "-nol", "-noe", "-nop", "-ex", "Bypass", "-wd", "/tmp", "-c", "x");
        assertThat(options.settings().nonInteractive()).isTrue();
        assertThat(options.settings().noLogo()).isTrue();
        assertThat(options.settings().noExit()).isTrue();
        assertThat(options.settings().executionPolicy()).isEqualTo("Bypass");
        assertThat(options.settings().workingDirectory()).isEqualTo("/tmp");
        assertThat(options.script()).isEqualTo(new StartupScript.Command("x", List.of()));
    }

    /** A prefix too short for every switch it begins is not a switch, so it is taken for a script file. */
    @Test
    void tooShortPrefixGetsSuggestions() {
        StartupOptions options = parse("-no");
        assertThat(options.error()).isEqualTo("""
                Invalid argument '-no', did you mean:

                  -noexit
                  -nologo
                  -noninteractive
                  -noprofile
                  -noprofileloadtime""");
        assertThat(options.showUsage()).isFalse();
        assertThat(options.exitCode()).isEqualTo(64);
    }

    /** An unknown switch is reported as a script file that does not exist, with the usage text. */
    @Test
    void unknownSwitch() {
        StartupOptions options = parse("-bogus");
        assertThat(options.error()).isEqualTo("The argument '-bogus' is not recognized as the name of a script "
                + "file. Check the spelling of the name, or if a path was included, verify that the path is correct "
                + "and try again.");
        assertThat(options.showUsage()).isTrue();
        assertThat(options.abortStartup()).isTrue();
        assertThat(options.exitCode()).isEqualTo(64);
    }

    /** -Interactive undoes an earlier -NonInteractive, and a later -NonInteractive wins again. */
    @Test
    void interactiveAndNonInteractive() {
        assertThat(parse("-noni", "-i").settings().nonInteractive()).isFalse();
        assertThat(parse("-i", "-noni").settings().nonInteractive()).isTrue();
    }

    /** -co is -Command because the configuration switches need longer prefixes. */
    @Test
    void coIsCommand() {
        assertThat(parse("-co", "1").script()).isEqualTo(new StartupScript.Command("1", List.of()));
    }

    /** -Version and -v stop parsing, so nothing after them is looked at. */
    @ParameterizedTest
    @ValueSource(strings = {"-Version", "-v", "-VER", "--version", "/v"})
    void version(String spelling) {
        StartupOptions options = parse("-nop", spelling, "-bogus");
        assertThat(options.showVersion()).isTrue();
        assertThat(options.hasError()).isFalse();
    }

    /** -Help, -h, -? and /? ask for the usage text with the details, and exit code 0. */
    @ParameterizedTest
    @ValueSource(strings = {"-Help", "-h", "-?", "/?", "--help", "-HE"})
    void help(String spelling) {
        StartupOptions options = parse(spelling);
        assertThat(options.showUsage()).isTrue();
        assertThat(options.showDetails()).isTrue();
        assertThat(options.abortStartup()).isTrue();
        assertThat(options.exitCode()).isZero();
    }

    /** -Command takes the rest of the line, joined with spaces, as the script text. */
    @Test
    void commandJoinsTheRest() {
        assertThat(parse("-c", "Write-Output", "a", "-nop").script())
                .isEqualTo(new StartupScript.Command("Write-Output a -nop", List.of()));
    }

    /** -Command - reads standard input when it is redirected. */
    @Test
    void commandFromStandardInput() {
        assertThat(parse("-Command", "-").script()).isEqualTo(new StartupScript.StandardInput());
    }

    /** -Command - with standard input at a terminal is an error. */
    @Test
    void commandFromTerminalInput() {
        StartupOptions options = CommandLineParser.parse(List.of("-Command", "-"), false);
        assertThat(options.error()).isEqualTo("'-' was specified as the argument to -Command but standard input "
                + "has not been redirected for this process.");
        assertThat(options.showUsage()).isTrue();
    }

    /** Nothing may follow -Command -. */
    @Test
    void argumentsAfterCommandDash() {
        assertThat(parse("-c", "-", "x").error()).isEqualTo(
                "'-' was specified with the -Command parameter; no other arguments to -Command are permitted.");
    }

    /** -Command needs a value. */
    @Test
    void missingCommand() {
        StartupOptions options = parse("-nop", "-c");
        assertThat(options.error()).isEqualTo(
                "Cannot process the command because of a missing parameter. A command must follow -Command.");
        assertThat(options.exitCode()).isEqualTo(64);
    }

    /** -File needs a value. */
    @Test
    void missingFileArgument() {
        StartupOptions options = parse("-File");
        assertThat(options.error()).isEqualTo("The command cannot be run because the File parameter requires a "
                + "file path. Supply a path for the File parameter and then try the command again.");
        assertThat(options.showUsage()).isTrue();
        assertThat(options.exitCode()).isEqualTo(64);
    }

    /** A script file that does not exist gets pwsh's message and exit code 64. */
    @Test
    void missingScriptFile() {
        StartupOptions options = parse("-f", "nowhere.ps1");
        assertThat(options.error()).startsWith("The argument 'nowhere.ps1' is not recognized as the name of a "
                + "script file.");
        assertThat(options.exitCode()).isEqualTo(64);
    }

    /** A directory is not a script file. */
    @Test
    void directoryIsNoScript() {
        assertThat(parse(directory.toString()).error()).startsWith("The argument '" + directory + "'");
    }

    /** An empty file argument fails the way .NET's path check does. */
    @Test
    void emptyFileArgument() {
        assertThat(parse("-File", "").error()).isEqualTo("Processing -File '' failed: The value cannot be an empty "
                + "string. (Parameter 'path') Specify a valid path for the -File parameter.");
    }

    /** The first argument that is not a switch is the script, and everything after it is the script's. */
    @Test
    void scriptAndItsArguments() throws IOException {
        Path script = script("build.ps1");
        StartupOptions options = parse("-nop", script.toString(), "a", "-Target", "Release", "-All:$false",
                "-Name:", "x:y", "-Count:3", "-", "-Version");
        assertThat(options.hasError()).isFalse();
        assertThat(options.showVersion()).isFalse();
        assertThat(options.script()).isEqualTo(new StartupScript.File(script.toString(), script, List.of(
                new ScriptArgument.Positional("a"),
                new ScriptArgument.Parameter("-Target"),
                new ScriptArgument.Positional("Release"),
                new ScriptArgument.ParameterWithValue("-All", false),
                new ScriptArgument.ParameterWithValue("-Name", "x:y"),
                new ScriptArgument.ParameterWithValue("-Count", "3"),
                new ScriptArgument.Positional("-"),
                new ScriptArgument.Parameter("-Version"))));
    }

    /** A relative script path is made absolute, and backslashes are path separators on Unix. */
    @Test
    void relativeScriptPath() throws IOException {
        Path script = script("tool.ps1");
        Path relative = Path.of("").toAbsolutePath().relativize(script);
        String typed = relative.toString().replace('/', '\\');
        StartupOptions options = parse("-File", typed);
        assertThat(options.script()).isEqualTo(new StartupScript.File(typed, script, List.of()));
    }

    /** -File - reads standard input, and parsing goes on after it. */
    @Test
    void fileFromStandardInput() {
        StartupOptions options = parse("-File", "-", "-nop");
        assertThat(options.script()).isEqualTo(new StartupScript.StandardInput());
        assertThat(options.settings().noProfile()).isTrue();
    }

    /** -CommandWithArgs passes the arguments after its text to the script. */
    @Test
    void commandWithArgs() {
        assertThat(parse("-cwa", "$args", "1", "-x").script()).isEqualTo(new StartupScript.Command("$args",
                List.of(new ScriptArgument.Positional("1"), new ScriptArgument.Parameter("-x"))));
    }

    /** -EncodedCommand decodes Base64 of UTF-16LE text. */
    @Test
    void encodedCommand() {
        String encoded = Base64.getEncoder().encodeToString("Get-Date".getBytes(StandardCharsets.UTF_16LE));
        assertThat(parse("-e", encoded).script()).isEqualTo(new StartupScript.Command("Get-Date", List.of()));
        assertThat(parse("-ec", "not base64!").error()).startsWith("Cannot process the command because the "
                + "value specified with -EncodedCommand is not properly encoded.");
    }

    /** A second command is refused. */
    @Test
    void secondCommand() {
        String encoded = Base64.getEncoder().encodeToString("1".getBytes(StandardCharsets.UTF_16LE));
        assertThat(parse("-e", encoded, "-c", "2").error()).isEqualTo("Cannot process command because a command is "
                + "already specified with -Command, -CommandWithArgs, or -EncodedCommand.");
    }

    /** Execution policy names are checked, in any case. */
    @Test
    void executionPolicy() {
        assertThat(parse("-ep", "remotesigned").hasError()).isFalse();
        StartupOptions options = parse("-ExecutionPolicy", "Sometimes");
        assertThat(options.error()).isEqualTo("Invalid ExecutionPolicy value 'Sometimes'.");
        assertThat(options.showUsage()).isTrue();
    }

    /** Formats are Text, XML or None; a wrong one lists them. */
    @Test
    void formats() {
        assertThat(parse("-of", "xml", "-if", "text").settings())
                .extracting(SessionSettings::outputFormat, SessionSettings::inputFormat)
                .containsExactly("XML", "Text");
        assertThat(parse("-o", "json").error()).isEqualTo("""
                Cannot process the command because of an incorrect parameter value. "json" is not a valid format.
                Valid formats are:
                Text
                XML
                None
                """);
    }

    /** Windows-only switches fail with pwsh's messages for other platforms. */
    @Test
    void windowsOnlySwitches() {
        assertThat(parse("-WindowStyle", "Hidden").error())
                .isEqualTo("Parameter -WindowStyle is not implemented on this platform.");
        assertThat(parse("-sta").error()).isEqualTo("Parameter -STA is not supported on this platform.");
    }

    /** The other server modes are recognised but not supported yet. */
    @Test
    void serverModeNotSupported() {
        StartupOptions options = parse("-nam");
        assertThat(options.error()).isEqualTo("jpwsh does not support the -NamedPipeServerMode parameter yet.");
        assertThat(options.exitCode()).isEqualTo(64);
    }

    /** -sshs (-SSHServerMode) serves one remoting session on the standard streams, for an OpenSSH subsystem. */
    @Test
    void sshServerMode() {
        assertThat(parse("-sshs").script()).isEqualTo(new StartupScript.ServerMode());
        assertThat(parse("-SSHServerMode", "-NoProfile").script()).isEqualTo(new StartupScript.ServerMode());
    }

    /** -CustomPipeName (-cus) names a pipe to listen on; pwsh refuses it missing or too long for a socket path. */
    @Test
    void customPipeName() {
        assertThat(parse("-cus", "debugpipe", "-c", "x").settings().customPipeName()).isEqualTo("debugpipe");
        assertThat(parse("-c", "x").settings().customPipeName()).isNull();
        StartupOptions missing = parse("-CustomPipeName");
        assertThat(missing.error()).isEqualTo("Cannot process the command because -CustomPipeName requires an "
                + "argument that is a name of the pipe you want to use. Specify this argument and try again.");
        assertThat(missing.exitCode()).isEqualTo(64);
        String tmp = System.getenv("TMPDIR");
        int longest = 108 - ((tmp == null || tmp.isEmpty() ? "/tmp" : tmp) + "/").length();
        String name = "p".repeat(longest + 1);
        assertThat(parse("-CustomPipeName", name).error()).isEqualTo("Cannot process the command because "
                + "-CustomPipeName specified is too long. Pipe names on this platform can be up to " + longest
                + " characters long. Your pipe name '" + name + "' is " + (longest + 1) + " characters.");
        assertThat(parse("-CustomPipeName", "p".repeat(longest)).hasError()).isFalse();
    }

    /** -SettingsFile must name an existing file. */
    @Test
    void settingsFile() throws IOException {
        Path settings = Files.writeString(directory.resolve("settings.json"), "{}");
        assertThat(parse("-settings", settings.toString()).settings().settingsFile()).isEqualTo(settings.toString());
        Path missing = directory.resolve("missing.json");
        assertThat(parse("-SettingsFile", missing.toString()).error()).startsWith("The argument '" + missing + "'");
    }

    /** No arguments means an interactive session. */
    @Test
    void noArguments() {
        StartupOptions options = parse();
        assertThat(options.script()).isEqualTo(new StartupScript.Interactive());
        assertThat(options.abortStartup()).isFalse();
    }
}
