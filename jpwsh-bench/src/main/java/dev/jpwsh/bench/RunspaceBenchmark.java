package dev.jpwsh.bench;

import dev.jpwsh.engine.exec.EnvironmentVariables;
import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspacePool;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What runspaces cost, against the goals of the runspace issue: a whole runspace life (create, open, run
 * {@value #TRIVIAL_SCRIPT}, dispose) under 0.5 ms; more than 20,000 invocations of that script per second on a
 * pool of {@value #POOL_SIZE}, called from {@value #POOL_SIZE} threads; and under 100 KB of heap per idle open
 * runspace, which {@link #idleRunspaceHeap} prints. {@link #moduleRunspaceLife} is the life of a runspace whose
 * initial session state imports a small module by name: cheap, because the module's code is compiled once per
 * process.
 *
 * <p>Two rows of the interpreter issue's comparison with the other JVM interpreters are here:
 * {@link #runspaceLife} is its "new context µs" and {@link #idleRunspaceHeap} its "heap KB/context" (its goals:
 * under 20 µs and under 10 KB). {@code run-interpreter-bench} runs them with the other benchmarks.
 */
public class RunspaceBenchmark {
    static final String TRIVIAL_SCRIPT = "1 + 1";
    static final String MODULE_SCRIPT = "Get-Greeting ' bench '";
    static final int POOL_SIZE = 4;
    /** How many idle runspaces one heap measurement opens. */
    static final int IDLE_RUNSPACES = 1000;

    /** One runspace's whole life, on the calling thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object runspaceLife() {
        Runspace runspace = RunspaceFactory.createRunspace();
        try {
            runspace.open();
            try (PowerShell shell = PowerShell.create(runspace)) {
                return shell.addScript(TRIVIAL_SCRIPT).invoke();
            }
        } finally {
            runspace.dispose();
        }
    }

    /**
     * A small script module (a manifest and a .psm1 of three functions) in a folder of its own on
     * {@code $env:PSModulePath}, and an initial session state importing it by name; made once per trial.
     */
    @State(Scope.Benchmark)
    public static class ModuleState {
        Path modules;
        InitialSessionState iss;

        @Setup(Level.Trial)
        public void writeModule() throws IOException {
            modules = Files.createTempDirectory("jpwsh-bench-modules");
            Path folder = Files.createDirectories(modules.resolve("Greeter"));
            Files.writeString(folder.resolve("Greeter.psd1"), """
                    @{ RootModule = 'Greeter.psm1'; ModuleVersion = '1.0.0'; FunctionsToExport = 'Get-Greeting' }
                    """);
            Files.writeString(folder.resolve("Greeter.psm1"), """
                    $script:greeting = 'Hello'
                    function Format-Name { param($Name) $Name.Trim() }
                    function Get-Greeting { param($Name) "$script:greeting, $(Format-Name $Name)" }
                    function Set-Greeting { param($Text) $script:greeting = $Text }
                    """);
            new EnvironmentVariables().set("PSModulePath", modules.toString());
            iss = InitialSessionState.createDefault();
            iss.importPSModule("Greeter");
            iss.setThrowOnRunspaceOpenError(true);
        }

        @TearDown(Level.Trial)
        public void deleteModule() throws IOException {
            try (Stream<Path> files = Files.walk(modules)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** A whole runspace life from a state importing {@link ModuleState}'s module by name, calling its function. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object moduleRunspaceLife(ModuleState module) {
        Runspace runspace = RunspaceFactory.createRunspace(module.iss);
        try {
            runspace.open();
            try (PowerShell shell = PowerShell.create(runspace)) {
                return shell.addScript(MODULE_SCRIPT).invoke();
            }
        } finally {
            runspace.dispose();
        }
    }

    /** A pool shared by the benchmark threads, opened once per trial. */
    @State(Scope.Benchmark)
    public static class Pool {
        RunspacePool pool;

        @Setup(Level.Trial)
        public void open() {
            pool = RunspaceFactory.createRunspacePool(POOL_SIZE, POOL_SIZE);
            pool.open();
        }

        @TearDown(Level.Trial)
        public void close() {
            pool.dispose();
        }
    }

    /** The trivial script on a pool of four, from four threads: invocations per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(POOL_SIZE)
    public Object pooledInvocation(Pool pool) {
        try (PowerShell shell = PowerShell.create()) {
            shell.setRunspacePool(pool.pool);
            return shell.addScript(TRIVIAL_SCRIPT).invoke();
        }
    }

    /**
     * Opens {@value #IDLE_RUNSPACES} runspaces and reads the heap in use after a full collection, before and while
     * they are open; the difference per runspace, the retained size of an idle open runspace, is printed with
     * each iteration ({@code bytes per idle open runspace: N}).
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int idleRunspaceHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<Runspace> open = new ArrayList<>(IDLE_RUNSPACES);
        for (int i = 0; i < IDLE_RUNSPACES; i++) {
            Runspace runspace = RunspaceFactory.createRunspace();
            runspace.open();
            open.add(runspace);
        }
        long during = usedAfterGc(memory);
        System.out.println("bytes per idle open runspace: " + (during - before) / IDLE_RUNSPACES);
        open.forEach(Runspace::dispose);
        return open.size();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
