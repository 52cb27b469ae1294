package dev.jpwsh.engine.runspaces;

import java.util.ServiceLoader;

/**
 * Something every process that hosts the engine runs once, when its first local runspace opens: the remoting
 * module's per-process listener (spec 9.2). Implementations are listed in
 * {@code META-INF/services/dev.jpwsh.engine.runspaces.ProcessService}; {@link #start()} must return at once, doing its
 * work on a thread of its own, so that opening a runspace is not slowed.
 */
public interface ProcessService {
    /** Starts the service; called once per process. */
    void start();

    /** Starts every service found, the first time it is called in the process; later calls do nothing. */
    static void startAll() {
        Holder.STARTED.getClass();
    }

    /** Starts the services when first touched: the JVM's class initialization makes that happen once. */
    final class Holder {
        static final Boolean STARTED = start();

        private Holder() {
        }

        private static Boolean start() {
            for (ProcessService service : ServiceLoader.load(ProcessService.class, ProcessService.class
                    .getClassLoader())) {
                service.start();
            }
            return Boolean.TRUE;
        }
    }
}
