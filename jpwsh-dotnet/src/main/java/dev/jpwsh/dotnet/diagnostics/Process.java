package dev.jpwsh.dotnet.diagnostics;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ProcessEnvironment;
import dev.jpwsh.dotnet.io.PipeStream;
import dev.jpwsh.dotnet.io.ProcessPaths;
import dev.jpwsh.dotnet.io.StreamReader;
import dev.jpwsh.dotnet.io.StreamWriter;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * System.Diagnostics.Process: a process of this machine, by id from {@code /proc}, or one this object started
 * (whose exit code and redirected streams it then has).
 */
@DotNetName("System.Diagnostics.Process")
public final class Process implements AutoCloseable {
    private final ProcessHandle handle;
    private final java.lang.Process started;
    private final ProcessStartInfo startInfo;
    private final String name;
    private StreamReader standardOutput;
    private StreamReader standardError;
    private StreamWriter standardInput;

    private Process(ProcessHandle handle, java.lang.Process started, ProcessStartInfo startInfo) {
        this.handle = handle;
        this.started = started;
        this.startInfo = startInfo;
        this.name = nameOf(handle);
    }

    public static Process GetCurrentProcess() {
        return new Process(ProcessHandle.current(), null, null);
    }

    /** The running process with that id; ArgumentException when there is none. */
    public static Process GetProcessById(int processId) {
        return ProcessHandle.of(processId).filter(ProcessHandle::isAlive)
                .map(h -> new Process(h, null, null))
                .orElseThrow(() -> new IllegalArgumentException("Process with an Id of " + processId
                        + " is not running."));
    }

    public static Process[] GetProcesses() {
        return ProcessHandle.allProcesses().map(h -> new Process(h, null, null)).toArray(Process[]::new);
    }

    /** The processes whose name is {@code processName}, compared without case as .NET does. */
    public static Process[] GetProcessesByName(String processName) {
        String wanted = processName == null ? "" : processName;
        return ProcessHandle.allProcesses().map(h -> new Process(h, null, null))
                .filter(p -> p.name.equalsIgnoreCase(wanted)).toArray(Process[]::new);
    }

    public static Process Start(String fileName) throws IOException {
        return Start(new ProcessStartInfo(fileName));
    }

    public static Process Start(String fileName, String arguments) throws IOException {
        return Start(new ProcessStartInfo(fileName, arguments));
    }

    /** Starts the program; Win32Exception when it cannot be found or run. */
    public static Process Start(ProcessStartInfo startInfo) throws IOException {
        ArgumentExceptions.notNull(startInfo, "startInfo");
        if (startInfo.getFileName().isEmpty()) {
            throw new IllegalStateException("Cannot start process because a file name has not been provided.");
        }
        String directory = startInfo.getWorkingDirectory().isEmpty() ? ProcessPaths.currentDirectory()
                : ProcessPaths.resolve(startInfo.getWorkingDirectory()).toString();
        List<String> command = new java.util.ArrayList<>(startInfo.command());
        String program = locate(startInfo.getFileName());
        if (program == null) {
            throw cannotStart(startInfo.getFileName(), directory, "No such file or directory");
        }
        command.set(0, program);
        ProcessBuilder builder = new ProcessBuilder(command).directory(new java.io.File(directory));
        builder.environment().clear();
        builder.environment().putAll(startInfo.getEnvironment());
        builder.redirectInput(startInfo.getRedirectStandardInput() ? ProcessBuilder.Redirect.PIPE
                : ProcessBuilder.Redirect.INHERIT);
        builder.redirectOutput(startInfo.getRedirectStandardOutput() ? ProcessBuilder.Redirect.PIPE
                : ProcessBuilder.Redirect.INHERIT);
        builder.redirectError(startInfo.getRedirectStandardError() ? ProcessBuilder.Redirect.PIPE
                : ProcessBuilder.Redirect.INHERIT);
        java.lang.Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s).*error=\\d+, ", "");
            throw cannotStart(startInfo.getFileName(), directory, reason);
        }
        return new Process(child.toHandle(), child, startInfo);
    }

    private static Win32Exception cannotStart(String fileName, String directory, String reason) {
        return new Win32Exception(2, "An error occurred trying to start process '" + fileName
                + "' with working directory '" + directory + "'. " + reason);
    }

    /** A program by path, or by name on the process's PATH; null when there is none. */
    private static String locate(String fileName) {
        if (fileName.contains("/")) {
            Path p = ProcessPaths.resolve(fileName, "fileName");
            return Files.isRegularFile(p) ? p.toString() : null;
        }
        String path = ProcessEnvironment.get("PATH");
        for (String dir : (path == null ? "" : path).split(":")) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, fileName);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    /** The name the kernel keeps for a process ({@code /proc/ID/comm}), else its program's file name. */
    private static String nameOf(ProcessHandle handle) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(handle.pid()), "comm")).strip();
        } catch (IOException | RuntimeException gone) {
            return handle.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
        }
    }

    public int getId() {
        return (int) handle.pid();
    }

    public String getProcessName() {
        return name;
    }

    public ProcessStartInfo getStartInfo() {
        return startInfo != null ? startInfo : new ProcessStartInfo();
    }

    public boolean getHasExited() {
        return started != null ? !started.isAlive() : !handle.isAlive();
    }

    /** The exit code, once the process this object started has exited. */
    public int getExitCode() {
        if (started == null) {
            throw new IllegalStateException("Process was not started by this object, so requested information "
                    + "cannot be determined.");
        }
        if (started.isAlive()) {
            throw new IllegalStateException("Process must exit before requested information can be determined.");
        }
        return started.exitValue();
    }

    public DateTime getStartTime() {
        return handle.info().startInstant()
                .map(at -> new DateTime(LocalDateTime.ofInstant(at, ZoneId.systemDefault()),
                        DateTime.DateTimeKind.Local))
                .orElseThrow(() -> new IllegalStateException("No process is associated with this object."));
    }

    public TimeSpan getTotalProcessorTime() {
        return new TimeSpan(handle.info().totalCpuDuration().orElse(java.time.Duration.ZERO));
    }

    /** Resident memory in bytes, from {@code /proc/ID/statm}; 0 when it cannot be read. */
    public long getWorkingSet64() {
        try {
            String[] fields = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "statm")).split(" ");
            return Long.parseLong(fields[1].strip()) * 4096;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The program's full path, as pwsh's Path property shows it. */
    public String getPath() {
        return handle.info().command().orElse(null);
    }

    public void WaitForExit() throws InterruptedException {
        if (started != null) {
            started.waitFor();
        } else {
            handle.onExit().join();
        }
    }

    /** Waits up to {@code milliseconds} (-1 for ever); whether the process exited. */
    public boolean WaitForExit(int milliseconds) throws InterruptedException {
        if (milliseconds == -1) {
            WaitForExit();
            return true;
        }
        ArgumentExceptions.notNegative(milliseconds, "milliseconds");
        if (started != null) {
            return started.waitFor(milliseconds, TimeUnit.MILLISECONDS);
        }
        try {
            handle.onExit().get(milliseconds, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException notYet) {
            return !handle.isAlive();
        }
    }

    public void Kill() {
        if (!getHasExited()) {
            handle.destroyForcibly();
        }
    }

    /** Kills the process, and with {@code entireProcessTree} its descendants first. */
    public void Kill(boolean entireProcessTree) {
        if (entireProcessTree) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        Kill();
    }

    public StreamReader getStandardOutput() {
        if (started == null || !startInfo.getRedirectStandardOutput()) {
            throw new IllegalStateException("StandardOut has not been redirected or the process hasn't started yet.");
        }
        if (standardOutput == null) {
            standardOutput = reader(started.getInputStream(), startInfo.getStandardOutputEncoding());
        }
        return standardOutput;
    }

    public StreamReader getStandardError() {
        if (started == null || !startInfo.getRedirectStandardError()) {
            throw new IllegalStateException("StandardError has not been redirected.");
        }
        if (standardError == null) {
            standardError = reader(started.getErrorStream(), startInfo.getStandardErrorEncoding());
        }
        return standardError;
    }

    public StreamWriter getStandardInput() throws IOException {
        if (started == null || !startInfo.getRedirectStandardInput()) {
            throw new IllegalStateException("StandardIn has not been redirected.");
        }
        if (standardInput == null) {
            standardInput = new StreamWriter(PipeStream.writing(started.getOutputStream()), Encoding.getDefault());
            standardInput.setAutoFlush(true);
        }
        return standardInput;
    }

    private static StreamReader reader(java.io.InputStream in, Encoding encoding) {
        return new StreamReader(PipeStream.reading(in), encoding != null ? encoding : Encoding.getDefault());
    }

    /** Nothing cached to refresh: the properties read the system when asked. */
    public void Refresh() {
        // properties are read live
    }

    public void Close() {
        // the handle holds no resource of its own
    }

    public void Dispose() {
        Close();
    }

    @Override
    public void close() {
        Close();
    }

    @Override
    public String toString() {
        return "System.Diagnostics.Process (" + name + ")";
    }
}
