package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.transport.PipeNames;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * NamedPipeConnectionInfo's OpenTimeout expires: a pipe that takes the connection but never answers the handshake,
 * and a pipe nobody listens on, fail the Open after about OpenTimeout milliseconds (not the default minute) with a
 * transport error, and leave the runspace Broken.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenTimeoutTest {
    private static final int TIMEOUT_MS = 1500;

    /** {@return how long Open took to fail, in ms, after checking the error and the state} */
    private static long failedOpen(String pipeName, String errorId) {
        long start = System.nanoTime();
        try (Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo(pipeName, TIMEOUT_MS))) {
            assertThatThrownBy(runspace::open).isInstanceOfSatisfying(PSRuntimeException.class,
                    e -> assertThat(e.errorId()).isEqualTo(errorId));
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Broken);
            return took;
        }
    }

    @Test
    void aPipeThatNeverAnswersTimesOutAfterOpenTimeout() throws Exception {
        String name = "jpwsh-silent-" + ProcessHandle.current().pid();
        Path socket = PipeNames.socketFile(name);
        Files.deleteIfExists(socket);
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket));
            assertThat(failedOpen(name, "NamedPipeConnectionTimeout")).isBetween((long) TIMEOUT_MS - 100, 15_000L);
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    @Test
    void aPipeNobodyListensOnFailsAfterOpenTimeout() {
        String name = "jpwsh-nobody-" + ProcessHandle.current().pid();
        assertThat(failedOpen(name, "NamedPipeConnectionFailed")).isBetween((long) TIMEOUT_MS - 100, 15_000L);
    }
}
