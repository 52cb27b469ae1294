package dev.jpwsh.dotnet.threading;

/**
 * The engine's own threads (pipelines, timers, event workers, job and runspace workers). Whatever escapes the work
 * of one is never printed to standard error with a Java stack trace, as the JVM's default handler would: a script's
 * errors reach its session's error stream where they are raised, and anything else escaping is an engine fault,
 * logged at DEBUG level on the {@code dev.jpwsh} logger (silent unless a host turns that logger up). Stateless.
 */
public final class EngineThreads {
    private static final System.Logger LOG = System.getLogger("dev.jpwsh");
    private static final Thread.UncaughtExceptionHandler HANDLER = (thread, failure) -> uncaught(thread, failure);

    private EngineThreads() {
    }

    /** A builder of virtual threads named {@code name} whose uncaught failures go to {@link #uncaught}. */
    public static Thread.Builder.OfVirtual virtual(String name) {
        return Thread.ofVirtual().name(name).uncaughtExceptionHandler(HANDLER);
    }

    /** Takes a failure nobody on {@code thread} caught: logged for the host's developers, never printed. */
    public static void uncaught(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.DEBUG, () -> "uncaught failure on " + thread.getName(), failure);
    }
}
