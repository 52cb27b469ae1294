package dev.jpwsh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * pwsh's {@code -Command} exit code after native programs: 1 when the last statement failed because its program
 * ended with a non-zero code (whatever that code), 0 once a later statement succeeded, and the code itself only
 * through {@code exit $LASTEXITCODE}. Runs {@code sh}, so it needs a Unix-like system.
 */
class NativeCommandExitCodeTest {
    private static int exitCode(String command) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return Main.run(new String[] {"-NoProfile", "-Command", command}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(sink, true, StandardCharsets.UTF_8), new PrintStream(sink, true, StandardCharsets.UTF_8));
    }

    @Test
    void failingLastNativeCommandExitsWithOne() {
        assertThat(exitCode("sh -c 'exit 3'")).isEqualTo(1);
    }

    @Test
    void laterSuccessfulStatementExitsWithZero() {
        assertThat(exitCode("sh -c 'exit 3'; 'after'")).isZero();
        assertThat(exitCode("sh -c 'exit 0'")).isZero();
    }

    @Test
    void exitLastExitCodeKeepsTheCode() {
        assertThat(exitCode("sh -c 'exit 3'; exit $LASTEXITCODE")).isEqualTo(3);
    }
}
