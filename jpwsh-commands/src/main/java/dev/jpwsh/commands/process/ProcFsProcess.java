package dev.jpwsh.commands.process;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A process as Get-Process returns it on Linux, read from {@code /proc/<pid>} when asked, with the members of .NET's
 * {@code System.Diagnostics.Process} and the aliases pwsh's type data adds (Name, WS, PM, NPM, VM, CPU, SI, Handles,
 * Path, CommandLine). A process that has ended or whose files cannot be read shows zeros and nulls, as .NET does.
 * Start-Process's processes also keep the JDK's handle, which knows the exit code.
 */
@DotNetName("System.Diagnostics.Process")
public final class ProcFsProcess {
    /** Kernel clock ticks per second (USER_HZ), 100 on every Linux architecture jpwsh runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final long PAGE_SIZE = 4096;
    private static final Path PROC = Path.of("/proc");

    private final long pid;
    private final Process started;
    private final String userName;

    ProcFsProcess(long pid, Process started, String userName) {
        this.pid = pid;
        this.started = started;
        this.userName = userName;
    }

    /** Every process /proc lists now, in pid order. */
    static List<ProcFsProcess> all() {
        List<ProcFsProcess> processes = new ArrayList<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).sorted().forEach(p -> processes.add(new ProcFsProcess(p, null, null)));
        } catch (IOException | RuntimeException noProc) {
            ProcessHandle.allProcesses().forEach(h -> processes.add(new ProcFsProcess(h.pid(), null, null)));
        }
        return processes;
    }

    /** The process with that id, if it is running. */
    static Optional<ProcFsProcess> byId(long pid) {
        return Files.isDirectory(PROC.resolve(Long.toString(pid))) || ProcessHandle.of(pid).isPresent()
                ? Optional.of(new ProcFsProcess(pid, null, null)) : Optional.empty();
    }

    static ProcFsProcess started(Process process) {
        return new ProcFsProcess(process.pid(), process, null);
    }

    /** This process with its owner's name ({@code -IncludeUserName}). */
    ProcFsProcess withUserName() {
        String owner;
        try {
            owner = Files.getOwner(directory()).getName();
        } catch (IOException | RuntimeException gone) {
            owner = null;
        }
        return new ProcFsProcess(pid, started, owner);
    }

    public int getId() {
        return (int) pid;
    }

    /** The kernel's name for the process; when it is cut at 15 characters, the program's file name it starts. */
    public String getProcessName() {
        String comm = statName();
        if (comm.length() == 15) {
            String program = programFileName();
            if (program != null && program.startsWith(comm)) {
                return program;
            }
        }
        return comm;
    }

    public String getName() {
        return getProcessName();
    }

    public Object getUserName() {
        return userName;
    }

    public long getWorkingSet64() {
        return statField(24) * PAGE_SIZE;
    }

    public long getWS() {
        return getWorkingSet64();
    }

    public long getVirtualMemorySize64() {
        return statField(23);
    }

    public long getVM() {
        return getVirtualMemorySize64();
    }

    public long getPagedMemorySize64() {
        return statusKilobytes("VmSwap");
    }

    public long getPM() {
        return getPagedMemorySize64();
    }

    public long getPrivateMemorySize64() {
        return statusKilobytes("VmData");
    }

    public long getNonpagedSystemMemorySize64() {
        return 0;
    }

    public long getNPM() {
        return 0;
    }

    public long getPeakWorkingSet64() {
        return statusKilobytes("VmHWM");
    }

    public TimeSpan getTotalProcessorTime() {
        return new TimeSpan(Duration.ofMillis(Math.round((statField(14) + statField(15)) * 1000 / TICKS_PER_SECOND)));
    }

    public TimeSpan getUserProcessorTime() {
        return new TimeSpan(Duration.ofMillis(Math.round(statField(14) * 1000 / TICKS_PER_SECOND)));
    }

    /** {@code CPU}: the processor time in seconds, null when it cannot be read, as pwsh's script property gives it. */
    public Double getCPU() {
        String[] stat = stat();
        return stat == null ? null : (Long.parseLong(stat[14]) + Long.parseLong(stat[15])) / TICKS_PER_SECOND;
    }

    public int getSessionId() {
        return (int) statField(6);
    }

    public int getSI() {
        return getSessionId();
    }

    public int getBasePriority() {
        return (int) statField(18);
    }

    public DateTime getStartTime() {
        long ticks = statField(22);
        Instant start = Instant.ofEpochSecond(bootTime()).plusMillis(Math.round(ticks * 1000 / TICKS_PER_SECOND));
        return new DateTime(LocalDateTime.ofInstant(start, ZoneId.systemDefault()));
    }

    /** The program file, null when it cannot be read (another user's process, a kernel thread). */
    public String getPath() {
        try {
            return Files.readSymbolicLink(directory().resolve("exe")).toString();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    public String getCommandLine() {
        try {
            byte[] bytes = Files.readAllBytes(directory().resolve("cmdline"));
            return new String(bytes, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    public List<ProcessThreadInfo> getThreads() {
        List<ProcessThreadInfo> threads = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(directory().resolve("task"))) {
            tasks.map(t -> t.getFileName().toString()).mapToLong(Long::parseLong).sorted()
                    .forEach(id -> threads.add(new ProcessThreadInfo((int) id)));
        } catch (IOException | RuntimeException gone) {
            // no threads to show.
        }
        return threads;
    }

    public int getHandleCount() {
        try (Stream<Path> descriptors = Files.list(directory().resolve("fd"))) {
            return (int) descriptors.count();
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    public int getHandles() {
        return getHandleCount();
    }

    public ProcFsProcess getParent() {
        long parent = statField(4);
        return parent > 0 ? new ProcFsProcess(parent, null, null) : null;
    }

    public boolean getHasExited() {
        return started != null ? !started.isAlive() : ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** The exit code of a process this session started; .NET knows no other. */
    public Object getExitCode() {
        return started != null && !started.isAlive() ? started.exitValue() : null;
    }

    public boolean getResponding() {
        return true;
    }

    public String getMainWindowTitle() {
        return "";
    }

    public void Kill() {
        handle().ifPresent(ProcessHandle::destroyForcibly);
    }

    public void Kill(boolean entireProcessTree) {
        if (entireProcessTree) {
            handle().ifPresent(h -> h.descendants().forEach(ProcessHandle::destroyForcibly));
        }
        Kill();
    }

    public void WaitForExit() {
        WaitForExit(-1);
    }

    /** Waits up to {@code milliseconds} (forever when negative); true when the process has ended. */
    public boolean WaitForExit(int milliseconds) {
        try {
            if (started != null) {
                return milliseconds < 0 ? started.waitFor() >= Integer.MIN_VALUE
                        : started.waitFor(milliseconds, TimeUnit.MILLISECONDS);
            }
            Optional<ProcessHandle> handle = handle();
            if (handle.isEmpty()) {
                return true;
            }
            var exit = handle.get().onExit();
            if (milliseconds < 0) {
                exit.get();
            } else {
                exit.get(milliseconds, TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            return false;
        } catch (java.util.concurrent.ExecutionException unexpected) {
            return getHasExited();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
        }
    }

    /** Whether the process was started by this session (Start-Process), whose waits use the JDK's handle. */
    boolean isOwn() {
        return started != null;
    }

    Optional<ProcessHandle> handle() {
        return started != null ? Optional.of(started.toHandle()) : ProcessHandle.of(pid);
    }

    @Override
    public String toString() {
        return "System.Diagnostics.Process (" + getProcessName() + ")";
    }

    private Path directory() {
        return PROC.resolve(Long.toString(pid));
    }

    /** The fields of {@code /proc/<pid>/stat}, numbered as proc(5) numbers them (1 is the pid); null when gone. */
    private String[] stat() {
        try {
            String text = Files.readString(directory().resolve("stat"), StandardCharsets.UTF_8);
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            String[] rest = text.substring(close + 2).strip().split(" ");
            String[] fields = new String[rest.length + 3];
            fields[1] = text.substring(0, open).strip();
            fields[2] = text.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 3, rest.length);
            return fields;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private long statField(int number) {
        String[] fields = stat();
        try {
            return fields == null || number >= fields.length ? 0 : Long.parseLong(fields[number]);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private String statName() {
        String[] fields = stat();
        if (fields != null) {
            return fields[2];
        }
        return handle().flatMap(h -> h.info().command()).map(c -> Path.of(c).getFileName().toString()).orElse("");
    }

    private String programFileName() {
        String commandLine = getCommandLine();
        if (commandLine == null || commandLine.isEmpty()) {
            return null;
        }
        String first = commandLine.split(" ", 2)[0];
        return first.substring(first.lastIndexOf('/') + 1);
    }

    private long statusKilobytes(String key) {
        try (Stream<String> lines = Files.lines(directory().resolve("status"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(key + ":")).findFirst()
                    .map(l -> Long.parseLong(l.substring(key.length() + 1).replace("kB", "").strip()) * 1024)
                    .orElse(0L);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static long bootTime() {
        try (Stream<String> lines = Files.lines(PROC.resolve("stat"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("btime ")).findFirst().map(l -> Long.parseLong(l.substring(6)
                    .strip())).orElse(0L);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /** One of a process's threads ({@code System.Diagnostics.ProcessThread}): its id. */
    @DotNetName("System.Diagnostics.ProcessThread")
    public record ProcessThreadInfo(int id) {
        public int getId() {
            return id;
        }
    }
}
