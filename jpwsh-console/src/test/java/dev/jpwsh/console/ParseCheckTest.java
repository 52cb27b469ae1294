package dev.jpwsh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCheckTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int parse(String... files) {
        String[] args = new String[files.length + 1];
        args[0] = "--parse";
        System.arraycopy(files, 0, args, 1, files.length);
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text).toString();
    }

    /** Files that parse print nothing and give exit code 0. */
    @Test
    void cleanFiles() throws IOException {
        String first = file("a.ps1", "Get-Date\n");
        String second = file("b.ps1", "foreach ($i in 1..3) { $i * 2 }\n");
        assertThat(parse(first, second)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Every error of every file is one line, path:line:column: ErrorId: message, and the exit code is 1. */
    @Test
    void errorsListed() throws IOException {
        String clean = file("clean.ps1", "Get-Date\n");
        String broken = file("broken.ps1", "$a = 1\nif ($a -eq) { }\n1 +\n");
        assertThat(parse(clean, broken)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                broken + ":2:11: ExpectedValueExpression: You must provide a value expression following the '-eq' "
                        + "operator." + NL
                        + broken + ":3:4: ExpectedValueExpression: You must provide a value expression following the "
                        + "'+' operator." + NL);
    }

    /**
     * A file nested too deeply is one ScriptTooComplicated error at the construct that went too deep, and the files
     * after it are still checked.
     */
    @Test
    void tooDeepFileDoesNotStopTheBatch() throws IOException {
        String deep = file("deep.ps1", "{".repeat(5000) + "\n");
        String broken = file("broken.ps1", "1 +\n");
        String clean = file("clean.ps1", "(".repeat(100) + "1" + ")".repeat(100) + "\n");
        assertThat(parse(deep, broken, clean)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                deep + ":1:251: ScriptTooComplicated: Processing was stopped because the script is too complex." + NL
                        + broken + ":1:4: ExpectedValueExpression: You must provide a value expression following the "
                        + "'+' operator." + NL);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** A file that cannot be read is reported on standard error and fails the run. */
    @Test
    void unreadableFile() {
        String missing = directory.resolve("missing.ps1").toString();
        assertThat(parse(missing)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "jpwsh: cannot read '" + missing + "': no such file" + NL);
    }

    /** --parse without files is a usage error. */
    @Test
    void noFiles() {
        assertThat(parse()).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "jpwsh: --parse needs one or more script files." + NL);
    }
}
