package dev.jpwsh.remoting.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * pwsh's names for a process's pipe on Unix (spec 9.2): {@code PSHost.<start>.<pid>.None.<process name>}, where
 * {@code <start>} is characters 1 to 8 of the process start time as a hexadecimal FILETIME, and the socket file is
 * {@code CoreFxPipe_<name>} in the temporary directory ({@code $TMPDIR}, else {@code /tmp}).
 */
public final class PipeNames {
    /** The prefix of every process pipe's name. */
    public static final String PREFIX = "PSHost.";
    /** What .NET puts before a pipe's name to make its socket file's name. */
    public static final String FILE_PREFIX = "CoreFxPipe_";
    /** The app domain part of the name on Unix. */
    public static final String APP_DOMAIN = "None";
    /** 100-nanosecond intervals from 1601-01-01 (FILETIME's epoch) to 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000L;

    private PipeNames() {
    }

    /** {@return the temporary directory .NET's Path.GetTempPath gives on Unix} */
    public static Path tempDirectory() {
        String tmp = System.getenv("TMPDIR");
        return Path.of(tmp == null || tmp.isEmpty() ? "/tmp" : tmp);
    }

    /** {@return the pipe name of the live process {@code pid}, or empty when there is no such process} */
    public static Optional<String> forProcess(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                .map(start -> PREFIX + startText(start) + "." + pid + "." + APP_DOMAIN + "." + processName(pid));
    }

    /** {@return the socket file of the pipe {@code name}} */
    public static Path socketFile(String name) {
        return tempDirectory().resolve(FILE_PREFIX + name);
    }

    /** Characters 1 to 8 of the start time as an upper-case hexadecimal FILETIME. */
    static String startText(Instant start) {
        long fileTime = start.getEpochSecond() * 10_000_000L + start.getNano() / 100 + FILETIME_EPOCH_OFFSET;
        String hex = Long.toHexString(fileTime).toUpperCase(java.util.Locale.ROOT);
        return hex.substring(1, 9);
    }

    /** {@return the name .NET's Process.ProcessName gives on Linux: the kernel's command name, else the program's} */
    public static String processName(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
        } catch (IOException noProc) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().command())
                    .map(c -> Path.of(c).getFileName().toString()).orElse("");
        }
    }
}
