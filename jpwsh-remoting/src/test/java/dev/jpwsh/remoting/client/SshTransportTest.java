package dev.jpwsh.remoting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The ssh client is started so that Ctrl+C at the console does not end it. */
class SshTransportTest {
    /** SIGINT's bit in /proc's SigIgn mask (signal 2). */
    private static final long SIGINT_BIT = 1L << 1;

    private static final List<String> PROBE = List.of("/bin/sh", "-c",
            "grep SigIgn /proc/self/status; printf '%s|' \"$@\"", "arg0", "two words", "it's");

    /**
     * Wrapped, a command ignores SIGINT and gets its arguments as given; unwrapped, it ignores it only when this JVM
     * was started ignoring it, so the wrapper is what makes the difference wherever the test can tell.
     */
    @Test
    void theCommandRunsWithInterruptsIgnoredAndItsArgumentsIntact() throws IOException, InterruptedException {
        String[] wrapped = run(SshTransport.ignoringInterrupts(PROBE));
        assertThat(ignoresInterrupts(wrapped[0])).isTrue();
        assertThat(wrapped[1]).isEqualTo("two words|it's|");

        String jvm = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow();
        assertThat(ignoresInterrupts(run(PROBE)[0])).isEqualTo(ignoresInterrupts(jvm));
    }

    private static String[] run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
    }

    private static boolean ignoresInterrupts(String sigIgnLine) {
        return (Long.parseLong(sigIgnLine.replaceFirst("SigIgn:\\s*", "").trim(), 16) & SIGINT_BIT) != 0;
    }
}
