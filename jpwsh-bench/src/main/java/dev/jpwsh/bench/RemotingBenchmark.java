package dev.jpwsh.bench;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PSRP over the per-process Unix-domain socket, against the remoting issue's goals: a trivial command's round trip
 * under 1 ms, and the throughput of 100,000 objects streamed back. The benchmark JVM connects to its own listener,
 * so client and server share its cores (as they would share a machine's).
 */
@State(Scope.Benchmark)
public class RemotingBenchmark {
    static final String STREAM_SCRIPT = "1..100000";

    private Runspace local;
    private Runspace remote;

    /** A local runspace (which starts this process's listener), then a remote one connected to it. */
    @Setup(Level.Trial)
    public void connect() {
        local = RunspaceFactory.createRunspace();
        local.open();
        remote = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo((int) ProcessHandle.current().pid()));
        remote.open();
    }

    @TearDown(Level.Trial)
    public void close() {
        remote.dispose();
        local.dispose();
    }

    /** CREATE_PIPELINE of {@code 1} to PIPELINE_STATE Completed, the output deserialized. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<Object> trivialRoundTrip() {
        return PowerShell.create(remote).addScript("1").invoke();
    }

    /** {@value #STREAM_SCRIPT}: each number a PIPELINE_OUTPUT message, decorated with the remote notes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public int stream100000() {
        return PowerShell.create(remote).addScript(STREAM_SCRIPT).invoke().size();
    }
}
