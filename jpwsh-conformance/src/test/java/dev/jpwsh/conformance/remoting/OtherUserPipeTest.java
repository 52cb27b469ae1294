package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.console.ssh.SshServerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Another local user cannot use a jpwsh process's pipe: the socket file is the owner's alone (0600), and even with
 * the file opened to everyone the listener closes a connection whose peer runs as another user. A throwaway user is
 * made for the test (so it runs as root only) and connects with Python's socket module through runuser.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OtherUserPipeTest {
    private static final String USER = "jpwshpipetest";
    /**
     * Connects to the socket given as argument, sends a packet, and prints what the server did (it may close the
     * connection before the packet is sent).
     */
    private static final String CLIENT = String.join("\n", "import socket, sys",
            "s = socket.socket(socket.AF_UNIX)",
            "try:",
            "    s.connect(sys.argv[1])",
            "except PermissionError:",
            "    print('refused by the file'); sys.exit(0)",
            "s.settimeout(20)",
            "try:",
            "    s.sendall(b\"<Close PSGuid='00000000-0000-0000-0000-000000000000' />\\n\")",
            "    data = s.recv(4096)",
            "except (BrokenPipeError, ConnectionResetError):",
            "    data = b''",
            "print('closed by the server' if data == b'' else 'served: ' + data.decode())", "");

    @Test
    void anotherUsersProcessCannotConnect() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "the other-user pipe test needs root to create a throwaway user; skipped");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/useradd"))
                && Files.isExecutable(Path.of("/usr/sbin/runuser")), "useradd and runuser are needed; skipped");
        boolean created = new ProcessBuilder("id", USER).start().waitFor() != 0;
        if (created) {
            SshServerFixture.run("/usr/sbin/useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
        }
        ProcessBuilder builder = NamedPipeRemotingTest.jpwsh("Start-Sleep 300")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("POWERSHELL_DIAGNOSTICS_OPTOUT");
        Process server = builder.start();
        Path client = Files.createTempFile("pipe-client", ".py");
        try {
            Path socket = NamedPipeRemotingTest.awaitSocket(server.pid());
            Files.writeString(client, CLIENT);
            Files.setPosixFilePermissions(client, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(asOtherUser(client, socket)).isEqualTo("refused by the file");
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            assertThat(asOtherUser(client, socket)).isEqualTo("closed by the server");
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(client);
            if (created) {
                SshServerFixture.run("/usr/sbin/userdel", USER);
            }
        }
    }

    private static String asOtherUser(Path client, Path socket) throws Exception {
        Process p = new ProcessBuilder(List.of("/usr/sbin/runuser", "-u", USER, "--", "python3", client.toString(),
                socket.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
