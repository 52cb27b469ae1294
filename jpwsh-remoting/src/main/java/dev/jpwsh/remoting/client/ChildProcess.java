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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A jpwsh process serving PSRP on its standard streams ({@link StandardStreamsServer}), as pwsh starts {@code pwsh -s}
 * for Start-Job: the same JVM and class path, with the launcher's ahead-of-time class cache and thread stack size (not
 * this process's heap settings). The last few kilobytes it writes to standard error are kept for the error that
 * reports its death.
 *
 * <p>A JVM takes a few hundred milliseconds to start, so the first spare starts when a script that starts a job is
 * compiled ({@link #prepare}), and once a job has taken a child a few spares are kept started
 * (each opens its runspace pool and serves itself a trial session while it waits, so that its job runs warm),
 * refilled one at a time in the background once the taken child's job has ended or had a second to itself, so that a
 * spare's start does not compete with the job's own: the next jobs take them at once. {@code JPWSH_JOB_SPARE} in the
 * environment sets how many (default {@value #DEFAULT_SPARES}, at most {@value #MOST_SPARES}; 0 turns spares off).
 * Spares end with this process: their input closes, and a shutdown hook ends them too. {@code SPARES} is a concurrent
 * queue and {@code REFILLING} an atomic flag: any thread may take a spare or start the refill.
 */
final class ChildProcess {
    /**
     * The JVM options a child takes over: the class-data cache, the options the JVM refuses a cache without when it
     * was made with them (native access), the thread stack size, the JVM's logging, how long it waits at exit for
     * threads blocked in native code.
     */
    private static final List<String> INHERITED = List.of("-XX:AOTCache=", "-XX:SharedArchiveFile=", "-Xshare:",
            "--enable-native-access=", "-Xss", "-Xlog:", "-XX:UserThreadWaitAttemptsAtExit=");
    private static final int STDERR_KEPT = 4096;
    private static final int DEFAULT_SPARES = 2;
    private static final int MOST_SPARES = 8;
    private static final long REFILL_DELAY_MS = 1000;
    private static final int SPARE_COUNT = spareCount(System.getenv("JPWSH_JOB_SPARE"));
    private static final Queue<ChildProcess> SPARES = new ConcurrentLinkedQueue<>();
    private static final AtomicBoolean REFILLING = new AtomicBoolean();

    static {
        if (SPARE_COUNT > 0) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SPARES.forEach(spare -> spare.process.destroy()),
                    "job spare processes"));
        }
    }

    private final Process process;
    /** The end of what the child wrote to standard error; guarded by itself. */
    private final StringBuilder stderr = new StringBuilder();

    private ChildProcess(Process process) {
        this.process = process;
        EngineThreads.virtual("job process stderr").start(this::keepStandardError);
    }

    /** {@return how many spares {@code setting} asks for: a count up to the bound, else the default} */
    static int spareCount(String setting) {
        try {
            return setting == null ? DEFAULT_SPARES : Math.clamp(Integer.parseInt(setting.strip()), 0, MOST_SPARES);
        } catch (NumberFormatException e) {
            return DEFAULT_SPARES;
        }
    }

    /**
     * {@return a running child: a live spare if there is one, else a new one; either way the spares are refilled}
     *
     * @throws IOException if the process cannot be started
     */
    static ChildProcess take() throws IOException {
        ChildProcess spare;
        do {
            spare = SPARES.poll();
        } while (spare != null && !spare.process.isAlive());
        ChildProcess taken = spare != null ? spare : start(false);
        if (SPARE_COUNT > 0 && REFILLING.compareAndSet(false, true)) {
            EngineThreads.virtual("job spare processes").start(() -> refill(taken));
        }
        return taken;
    }

    /**
     * Starts the first spare, unless spares are off or some are there or being started: called when a script that
     * starts a job is compiled ({@link JobSpares}), so that its first job finds a child started.
     */
    static void prepare() {
        if (SPARE_COUNT > 0 && SPARES.isEmpty() && REFILLING.compareAndSet(false, true)) {
            try {
                SPARES.add(start(true));
            } catch (IOException e) {
                // no spare: the first job starts its own process, and reports why if it cannot
            } finally {
                REFILLING.set(false);
            }
        }
    }

    /**
     * Starts spares one after another until there are enough, once {@code taken} has ended or has had
     * {@value #REFILL_DELAY_MS} ms to itself (a JVM starting beside it would slow its start, and a short job's, by
     * half on two cores); one refill runs at a time.
     */
    private static void refill(ChildProcess taken) {
        try {
            taken.process.onExit().get(REFILL_DELAY_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still running: its job is under way, spares may start beside it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            while (SPARES.size() < SPARE_COUNT) {
                SPARES.add(start(true));
            }
        } catch (IOException e) {
            // no spare: the next job starts its own process, and reports why if it cannot
        } finally {
            REFILLING.set(false);
        }
    }

    private static ChildProcess start(boolean spare) throws IOException {
        return new ChildProcess(new ProcessBuilder(command(spare)).start());
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

    /** {@return the options of {@code jvmOptions} a child takes over, in their order} */
    static List<String> inheritedOptions(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> INHERITED.stream().anyMatch(option::startsWith)).toList();
    }

    /**
     * This JVM with the options it passes on and its class path, running {@link StandardStreamsServer}; a spare
     * warms itself up while it waits.
     */
    private static List<String> command(boolean spare) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                "bin", "java").toString()));
        command.addAll(inheritedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StandardStreamsServer.class.getName());
        if (spare) {
            command.add(StandardStreamsServer.SPARE);
        }
        return command;
    }
}
