package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.UUID;

/** Small .NET types scripts use: Guid, Thread, Stopwatch. */
public final class SystemStatics {
    private SystemStatics() {
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

        /** The Guid property pwsh's type data gives System.Guid (what its table view shows): the text form. */
        public String getGuid() {
            return value.toString();
        }

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
