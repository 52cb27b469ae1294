package dev.jpwsh.remoting.client;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.remoting.protocol.Connection;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A new jpwsh process speaking PSRP on its standard streams, as pwsh starts {@code pwsh -s} for Start-Job: the same
 * JVM, with this process's JVM options (so the launcher's ahead-of-time class cache and thread stack size carry over)
 * and class path, running the console's server mode in the given folder. Closing the connection ends the process.
 * The last few kilobytes the child writes to standard error are kept for the error that reports its death.
 */
final class ChildProcessTransport implements ClientTransport {
    /** The console's entry point, named here since the console module sits above this one. */
    private static final String MAIN = "dev.jpwsh.console.Main";
    private static final int STDERR_KEPT = 4096;

    private final Path workingDirectory;
    private final StringBuilder stderr = new StringBuilder();
    private Process process;

    /** @param workingDirectory where the child starts, or null for this process's current directory */
    ChildProcessTransport(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Connection connect(long deadline) {
        ProcessBuilder builder = new ProcessBuilder(command());
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw ClientSession.transportError("IPCServerProcessExited", exited("Information about the process "
                    + "could not be read: '" + e.getMessage() + "'."));
        }
        EngineThreads.virtual("job process stderr").start(() -> keep(process.getErrorStream()));
        Process started = process;
        return new Connection(started.getInputStream(), started.getOutputStream(), started::destroy);
    }

    /** pwsh's IPCServerProcessExited, with the exit code and what the child wrote to standard error. */
    @Override
    public RuntimeException lost() {
        String detail;
        try {
            process.waitFor(1, TimeUnit.SECONDS);
            String text;
            synchronized (stderr) {
                text = stderr.toString();
            }
            detail = "\n      Exit code: " + process.exitValue() + "\n      Stdout: ''\n      Stderr: '" + text
                    + "'\n    ";
        } catch (IllegalThreadStateException | InterruptedException e) {
            detail = "Information about the process could not be read: 'Process is still running.'.";
        }
        return ClientSession.transportError("IPCServerProcessExited", exited(detail));
    }

    private static String exited(String detail) {
        return "The background process closed or ended abnormally: " + detail + ".";
    }

    private void keep(InputStream from) {
        byte[] chunk = new byte[1024];
        try (from) {
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

    /** This JVM, its options without the console's terminal flag and cache training, its class path, then -s. */
    private static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-Djpwsh.terminal=") && !option.startsWith("-XX:AOTCacheOutput")
                    && !option.startsWith("-agentlib:jdwp")) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN);
        command.addAll(List.of("-s", "-NoLogo", "-NoProfile"));
        return command;
    }
}
