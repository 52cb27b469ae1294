package dev.jpwsh.bench;

import dev.jpwsh.dotnet.collections.PSCollection;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SSH remoting against the remoting issue's goals, through an OpenSSH server on this machine whose
 * {@code powershell} subsystem is {@code jpwsh -sshs}: the system properties {@code jpwsh.bench.ssh.port} and
 * {@code jpwsh.bench.ssh.key} name its port and a key that logs in as {@code jpwsh.bench.ssh.user} (default root).
 * Each run of {@link #invokeOne} and {@link #invoke32} connects anew (ssh, sshd and a server JVM per session) and
 * disconnects; {@link #stream100000} streams over a session opened once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class SshRemotingBenchmark {
    private BenchRunspace runspace;
    private String connection;

    @Setup
    public void open() {
        String port = System.getProperty("jpwsh.bench.ssh.port");
        String key = System.getProperty("jpwsh.bench.ssh.key");
        if (port == null || key == null) {
            throw new IllegalStateException("set -Djpwsh.bench.ssh.port and -Djpwsh.bench.ssh.key to an sshd whose "
                    + "powershell subsystem is jpwsh -sshs");
        }
        connection = " -Port " + port + " -UserName " + System.getProperty("jpwsh.bench.ssh.user", "root")
                + " -KeyFilePath '" + key + "' -Options @{ StrictHostKeyChecking = 'no'; UserKnownHostsFile = "
                + "'/dev/null'; BatchMode = 'yes'; LogLevel = 'ERROR' }";
        runspace = BenchRunspace.open();
        checked(runspace.invoke("$session = New-PSSession -HostName 127.0.0.1" + connection + "; 1"), 1);
    }

    @TearDown
    public void close() {
        runspace.invoke("Remove-PSSession $session");
        runspace.close();
    }

    /** {@code Invoke-Command -HostName 127.0.0.1 { 1 }}: connect, run, disconnect. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public Object invokeOne() {
        return checked(runspace.invoke("Invoke-Command -HostName 127.0.0.1" + connection + " { 1 }"), 1);
    }

    /** The same to 32 hosts at once (the default ThrottleLimit): 32 ssh clients, sshd sessions and server JVMs. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Object invoke32() {
        String hosts = String.join(",", Collections.nCopies(32, "127.0.0.1"));
        return checked(runspace.invoke("Invoke-Command -HostName " + hosts + connection + " { 1 }"), 32);
    }

    /** {@code 1..100000} on an open session: 100,000 objects streamed back, deserialized and decorated. */
    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object stream100000() {
        return checked(runspace.invoke("Invoke-Command -Session $session { 1..100000 }"), 100_000);
    }

    private static PSCollection checked(PSCollection output, int expected) {
        if (output.size() != expected) {
            throw new IllegalStateException(expected + " items expected, " + output.size() + " came");
        }
        return output;
    }
}
