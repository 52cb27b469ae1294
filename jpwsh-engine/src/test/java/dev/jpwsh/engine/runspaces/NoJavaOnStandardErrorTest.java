package dev.jpwsh.engine.runspaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Failures nobody catches on the engine's threads never reach the JVM's default handler, which would print
 * {@code Exception in thread ...} and a Java stack trace on standard error (issue 8). Standard error is captured
 * while each test runs; the tests run where the failure happens synchronously, so nothing can print later.
 */
@Timeout(30)
class NoJavaOnStandardErrorTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureStandardError() {
        original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(original);
    }

    /**
     * An AsyncCallback made from {@code [scriptblock]::Create}, which belongs to no runspace, fails when the
     * invocation it waits for ends: BeginInvoke on a UseCurrentThread runspace ends and calls back on this thread.
     */
    @Test
    void failingCallbackOfABlockWithoutRunspacePrintsNothing() {
        Runspace inner = RunspaceFactory.createRunspace();
        inner.setThreadOptions(PSThreadOptions.UseCurrentThread);
        inner.open();
        try (PowerShell outer = PowerShell.create(); PowerShell shell = PowerShell.create(inner)) {
            Object callback = outer.addScript("[AsyncCallback][scriptblock]::Create('throw ''boom''')").invoke()
                    .getFirst();
            PowerShellAsyncResult result = shell.addScript("1").beginInvoke(null, null, (AsyncCallback) callback,
                    null);
            assertThat(result.getIsCompleted()).isTrue();
        } finally {
            inner.dispose();
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** What escapes the work of an engine thread is not printed. */
    @Test
    void failureOnAnEngineThreadPrintsNothing() throws InterruptedException {
        Thread thread = EngineThreads.virtual("failing").start(() -> {
            throw new IllegalStateException("engine fault");
        });
        thread.join();
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
