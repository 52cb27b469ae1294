package dev.jpwsh.remoting.client;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.remoting.server.StandardStreamsServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A jpwsh process serving PSRP on its standard streams ({@link StandardStreamsServer}), as pwsh starts {@code pwsh -s}
 * for Start-Job: the same JVM and class path, with the launcher's ahead-of-time class cache and thread stack size (not
 * this process's heap settings). The last few kilobytes it writes to standard error are kept for the error that
 * reports its death.
 *
 * <p>A JVM takes a few hundred milliseconds to start, so after the first child is taken one spare is kept started
 * (its runspace pool opening while it waits): the next job takes it at once. The spare ends with this process (its
 * input closes); {@code JPWSH_JOB_SPARE=0} in the environment turns spares off. {@code SPARE} is atomic: any thread
 * may take or leave the spare.
 */
final class ChildProcess {
    /** The JVM options a child takes over: the class-data cache, the thread stack size, the JVM's logging. */
    private static final List<String> INHERITED = List.of("-XX:AOTCache=", "-XX:SharedArchiveFile=", "-Xshare:",
            "-Xss", "-Xlog:");
    private static final int STDERR_KEPT = 4096;
    private static final AtomicReference<ChildProcess> SPARE = new AtomicReference<>();
    private static final boolean SPARES = !"0".equals(System.getenv("JPWSH_JOB_SPARE"));

    private final Process process;
    /** The end of what the child wrote to standard error; guarded by itself. */
    private final StringBuilder stderr = new StringBuilder();

    private ChildProcess(Process process) {
        this.process = process;
        EngineThreads.virtual("job process stderr").start(this::keepStandardError);
    }

    /**
     * {@return a running child: the spare if one is alive, else a new one; either way a new spare is started}
     *
     * @throws IOException if the process cannot be started
     */
    static ChildProcess take() throws IOException {
        ChildProcess spare = SPARE.getAndSet(null);
        if (SPARES) {
            EngineThreads.virtual("job spare process").start(ChildProcess::startSpare);
        }
        if (spare != null && spare.process.isAlive()) {
            return spare;
        }
        return start();
    }

    private static void startSpare() {
        try {
            ChildProcess spare = start();
            ChildProcess old = SPARE.getAndSet(spare);
            if (old != null) {
                old.process.destroy();
            }
        } catch (IOException e) {
            // no spare: the next job starts its own process, and reports why if it cannot
        }
    }

    private static ChildProcess start() throws IOException {
        return new ChildProcess(new ProcessBuilder(command()).start());
    }

    /** {@return the process} */
    Process process() {
        return process;
    }

    /** {@return the last few kilobytes the child wrote to standard error} */
    String standardError() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    private void keepStandardError() {
        byte[] chunk = new byte[1024];
        try (InputStream from = process.getErrorStream()) {
            int n;
            while ((n = from.read(chunk)) > 0) {
                synchronized (stderr) {
                    stderr.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_KEPT) {
                        stderr.delete(0, stderr.length() - STDERR_KEPT);
                    }
                }
            }
        } catch (IOException ended) {
            // the child has gone: what it wrote is kept
        }
    }

    /** This JVM with the options it passes on and its class path, running {@link StandardStreamsServer}. */
    private static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (INHERITED.stream().anyMatch(option::startsWith)) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StandardStreamsServer.class.getName());
        return command;
    }
}
