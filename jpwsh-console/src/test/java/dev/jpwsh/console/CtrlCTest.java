package dev.jpwsh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl+C (SIGINT) stops the running script as pwsh's break handler does, instead of ending the process. The signal
 * is raised in this JVM only while the console's handler is installed (the script has started and spins for ever);
 * where the process was started with SIGINT ignored, as background jobs of a shell are, no handler can be installed
 * and the test does not apply.
 */
class CtrlCTest {
    private static final Signal INTERRUPT = new Signal("INT");

    /** A spinning script stops at once: its output so far, pwsh's stop error, exit code 1, and the process lives. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ctrlCStopsTheScriptNotTheProcess() throws Exception {
        SignalHandler original = Signal.handle(INTERRUPT, SignalHandler.SIG_DFL);
        Signal.handle(INTERRUPT, original);
        assumeFalse(original == SignalHandler.SIG_IGN, "SIGINT is ignored in this process");

        CountDownLatch started = new CountDownLatch(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                super.write(bytes, offset, length);
                if (toString(StandardCharsets.UTF_8).contains("start")) {
                    started.countDown();
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"-NoProfile", "-Command", "'start'; while ($true) { }"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.NONE));

        assertThat(started.await(30, TimeUnit.SECONDS)).as("the script started").isTrue();
        Signal.raise(INTERRUPT);

        assertThat(exitCode.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("start" + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The pipeline has been stopped.");
    }
}
