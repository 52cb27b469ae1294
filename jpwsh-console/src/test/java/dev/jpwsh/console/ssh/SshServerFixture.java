package dev.jpwsh.console.ssh;

import dev.jpwsh.console.Main;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway OpenSSH server on 127.0.0.1 and a free port: its own host key, a user key authorized for root, and
 * {@code jpwsh -sshs} (a launcher script running this test's class path) as its {@code powershell} subsystem. Needs
 * root and Debian's {@code /usr/sbin/sshd}; {@link #unavailableReason()} says why it cannot run otherwise. Shared with
 * the conformance module's remoting tests through this module's test jar.
 */
public final class SshServerFixture implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    public final Path directory;
    public final Path userKey;
    public final int port;
    private final Process sshd;

    private SshServerFixture(Path directory, Path userKey, int port, Process sshd) {
        this.directory = directory;
        this.userKey = userKey;
        this.port = port;
        this.sshd = sshd;
    }

    /** {@return why the fixture cannot run here, or null when it can} */
    public static String unavailableReason() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "the SSH tests log in as root with a key, so they run only as root (CI runs as root)";
        }
        if (!Files.isExecutable(SSHD)) {
            return "no OpenSSH server at " + SSHD + " (.ci/run installs Debian's openssh-server)";
        }
        return null;
    }

    public static SshServerFixture start() throws Exception {
        Path dir = Files.createTempDirectory("jpwsh-sshd");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString());
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("user_key").toString());
        Files.copy(dir.resolve("user_key.pub"), dir.resolve("authorized_keys"));
        Path launcher = dir.resolve("jpwsh-sshs");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " -sshs -NoProfile\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        int port = freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n", "ListenAddress 127.0.0.1", "Port " + port,
                "HostKey " + dir.resolve("host_key"), "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"), "PermitRootLogin prohibit-password",
                "PasswordAuthentication no", "KbdInteractiveAuthentication no", "UsePAM no", "StrictModes no",
                "LogLevel ERROR", "MaxStartups 100", "MaxSessions 100", "Subsystem powershell " + launcher, ""));
        Files.createDirectories(Path.of("/run/sshd"));
        Process sshd = new ProcessBuilder(SSHD.toString(), "-D", "-f", config.toString(), "-E",
                dir.resolve("sshd.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.out").toFile()).start();
        awaitListening(port, sshd, dir);
        return new SshServerFixture(dir, dir.resolve("user_key"), port, sshd);
    }

    /** {@return the Invoke-Command and New-PSSession arguments that reach this server as root, non-interactively} */
    public String connection() {
        return "-HostName 127.0.0.1 -Port " + port + " -UserName root -KeyFilePath '" + userKey + "' -Options "
                + options();
    }

    /** {@return the ssh options: no host key prompts or files, no password prompts} */
    public static String options() {
        return "@{ StrictHostKeyChecking = 'no'; UserKnownHostsFile = '/dev/null'; BatchMode = 'yes'; "
                + "LogLevel = 'ERROR' }";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port, Process sshd, Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!sshd.isAlive()) {
                throw new IllegalStateException("sshd ended: " + Files.readString(dir.resolve("sshd.out"))
                        + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        throw new IllegalStateException("sshd did not listen on port " + port + " within 30 s");
    }

    public static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Stops sshd and deletes its directory. */
    @Override
    public void close() throws Exception {
        sshd.destroy();
        if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
            sshd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
