package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.console.ssh.SshServerFixture;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code -Subsystem}: with an OpenSSH server that also serves {@code jpwsh -sshs} as a subsystem named otherwise,
 * Invoke-Command reaches it by that name, and a subsystem the server does not have fails the connection with an
 * error that names the computer, as pwsh reports a session that could not open.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SshSubsystemTest {
    private static SshServerFixture server;

    /** Adds a subsystem named {@code jpwsh-other} to the server's configuration and has sshd read it again. */
    @BeforeAll
    static void startServer() throws Exception {
        server = SshRemotingTest.startOrSkip();
        Path config = server.directory.resolve("sshd_config");
        Files.writeString(config, "Subsystem jpwsh-other " + server.directory.resolve("jpwsh-sshs") + "\n",
                StandardOpenOption.APPEND);
        long sshd = Long.parseLong(Files.readString(server.directory.resolve("sshd.pid")).strip());
        SshServerFixture.run("kill", "-HUP", Long.toString(sshd));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Thread.sleep(300);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), server.port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void invokeCommandReachesANonDefaultSubsystemByName() {
        List<Object> out = PowerShell.create().addScript("Invoke-Command " + server.connection()
                + " -Subsystem jpwsh-other { $PID; $PSVersionTable.PSEdition }").invoke();
        assertThat(out).hasSize(2);
        assertThat(((Number) out.getFirst()).longValue()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(out.get(1)).hasToString("Core");
    }

    @Test
    void aSubsystemTheServerLacksFailsTheConnectionNamingTheComputer() {
        PowerShell shell = PowerShell.create().addScript("Invoke-Command " + server.connection()
                + " -Subsystem no-such-subsystem { $PID }");
        assertThat(shell.invoke()).isEmpty();
        assertThat(shell.getStreams().getError()).singleElement().satisfies(e -> {
            ErrorRecord record = (ErrorRecord) e;
            assertThat(record.getCategoryInfo().toString()).startsWith("OpenError:");
            assertThat(record.getException().getMessage()).startsWith("[127.0.0.1] ");
        });
    }
}
