package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;
import java.util.UUID;

/** Small .NET static classes scripts use: Environment, IO.Path, Guid, AppDomain, Thread, Convert. */
public final class SystemStatics {
    private SystemStatics() {
    }

    /** System.Environment. */
    @DotNetName("System.Environment")
    public static final class Environment {
        public static final String NewLine = "\n";

        private Environment() {
        }

        public static int getProcessorCount() {
            return Runtime.getRuntime().availableProcessors();
        }

        public static String getMachineName() {
            String name = System.getenv("HOSTNAME");
            return name != null ? name : "localhost";
        }

        public static String getUserName() {
            return System.getProperty("user.name");
        }

        public static int getCurrentManagedThreadId() {
            return AppDomain.GetCurrentThreadId();
        }

        public static String GetEnvironmentVariable(String name) {
            return System.getenv(name);
        }
    }

    /** System.IO.Path. */
    @DotNetName("System.IO.Path")
    public static final class IOPath {
        public static final char DirectorySeparatorChar = '/';
        public static final char AltDirectorySeparatorChar = '/';
        public static final char PathSeparator = ':';

        private IOPath() {
        }

        public static String Combine(String a, String b) {
            return Path.of(a).resolve(b).toString();
        }

        public static String Join(String a, String b) {
            return Combine(a, b);
        }

        public static String Combine(String a, String b, String c) {
            return Combine(Combine(a, b), c);
        }

        public static String Combine(String a, String b, String c, String d) {
            return Combine(Combine(a, b, c), d);
        }

        public static String GetFileName(String path) {
            Path p = Path.of(path).getFileName();
            return p == null ? "" : p.toString();
        }

        public static String GetFileNameWithoutExtension(String path) {
            String name = GetFileName(path);
            int dot = name.lastIndexOf('.');
            return dot >= 0 ? name.substring(0, dot) : name;
        }

        /** The file name's last dot and what follows it; empty when there is no dot or nothing follows it. */
        public static String GetExtension(String path) {
            String name = GetFileName(path);
            int dot = name.lastIndexOf('.');
            return dot >= 0 && dot < name.length() - 1 ? name.substring(dot) : "";
        }

        public static boolean HasExtension(String path) {
            return !GetExtension(path).isEmpty();
        }

        public static String GetPathRoot(String path) {
            return IsPathRooted(path) ? "/" : "";
        }

        public static String GetFullPath(String path) {
            return Path.of(path).toAbsolutePath().normalize().toString();
        }

        /** A random name of eight characters, a dot and three more, as .NET makes them. */
        public static String GetRandomFileName() {
            String letters = UUID.randomUUID().toString().replace("-", "");
            return letters.substring(0, 8) + "." + letters.substring(8, 11);
        }

        public static String GetDirectoryName(String path) {
            Path parent = Path.of(path).getParent();
            return parent == null ? "" : parent.toString();
        }

        public static String ChangeExtension(String path, String extension) {
            int dot = path.lastIndexOf('.');
            int slash = path.lastIndexOf('/');
            String stem = dot > slash ? path.substring(0, dot) : path;
            if (extension == null) {
                return stem;
            }
            return stem + (extension.startsWith(".") ? extension : "." + extension);
        }

        public static boolean IsPathRooted(String path) {
            return path.startsWith("/");
        }

        public static String GetTempPath() {
            return System.getProperty("java.io.tmpdir") + "/";
        }
    }

    /** System.Guid. */
    @DotNetName("System.Guid")
    public record Guid(UUID value) {
        public static Guid NewGuid() {
            return new Guid(UUID.randomUUID());
        }

        /** .NET's Guid.Parse: 32 hex digits, with or without hyphens, braces or parentheses. */
        public static Guid Parse(String text) {
            String t = text.strip();
            if (t.length() > 2 && (t.startsWith("{") && t.endsWith("}") || t.startsWith("(") && t.endsWith(")"))) {
                t = t.substring(1, t.length() - 1);
            }
            String hex = t.length() == 32 ? t : t.length() == 36 && t.charAt(8) == '-' && t.charAt(13) == '-'
                    && t.charAt(18) == '-' && t.charAt(23) == '-' ? t.replace("-", "") : "";
            if (!hex.matches("[0-9a-fA-F]{32}")) {
                throw new NumberFormatException("Unrecognized Guid format.");
            }
            return new Guid(new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                    Long.parseUnsignedLong(hex.substring(16), 16)));
        }

        public static final Guid Empty = new Guid(new UUID(0, 0));

        public String ToString(String format) {
            String text = value.toString();
            return switch (format) {
                case "N", "n" -> text.replace("-", "");
                case "B", "b" -> "{" + text + "}";
                case "P", "p" -> "(" + text + ")";
                default -> text;
            };
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** System.AppDomain: {@code GetCurrentThreadId()}, the current thread's number. */
    @DotNetName("System.AppDomain")
    public static final class AppDomain {
        private AppDomain() {
        }

        public static int GetCurrentThreadId() {
            return (int) Thread.currentThread().threadId();
        }
    }

    /**
     * System.Threading.Thread: {@code [Thread]::CurrentThread.ManagedThreadId}. The Java thread stays private:
     * scripts reach only the .NET members.
     */
    @DotNetName("System.Threading.Thread")
    public static final class ThreadInfo {
        private final Thread thread;

        private ThreadInfo(Thread thread) {
            this.thread = thread;
        }

        public static ThreadInfo getCurrentThread() {
            return new ThreadInfo(Thread.currentThread());
        }

        /** .NET (Core) refuses to abort threads: PlatformNotSupportedException. */
        public void Abort() {
            throw new PSRuntimeException("PlatformNotSupportedException", "NotSpecified",
                    "Thread abort is not supported on this platform.", null, "System.PlatformNotSupportedException");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ThreadInfo t && t.thread == thread;
        }

        @Override
        public int hashCode() {
            return thread.hashCode();
        }

        public int getManagedThreadId() {
            return (int) thread.threadId();
        }

        public static void Sleep(int milliseconds) throws InterruptedException {
            Thread.sleep(milliseconds);
        }
    }

    /** System.Diagnostics.Stopwatch. */
    @DotNetName("System.Diagnostics.Stopwatch")
    public static final class Stopwatch {
        private long startedAt;
        private long elapsed;
        private boolean running;

        public static Stopwatch StartNew() {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public void Start() {
            if (!running) {
                startedAt = System.nanoTime();
                running = true;
            }
        }

        public void Stop() {
            if (running) {
                elapsed += System.nanoTime() - startedAt;
                running = false;
            }
        }

        public void Reset() {
            elapsed = 0;
            running = false;
        }

        public void Restart() {
            Reset();
            Start();
        }

        private long nanos() {
            return elapsed + (running ? System.nanoTime() - startedAt : 0);
        }

        public long getElapsedMilliseconds() {
            return nanos() / 1_000_000;
        }

        public TimeSpan getElapsed() {
            return new TimeSpan(java.time.Duration.ofNanos(nanos()));
        }

        public boolean getIsRunning() {
            return running;
        }
    }
}
