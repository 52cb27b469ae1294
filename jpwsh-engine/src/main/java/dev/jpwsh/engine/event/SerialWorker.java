package dev.jpwsh.engine.event;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs submitted tasks one at a time, in order, on a virtual thread started when there is work and ended when
 * there is none, so an idle event manager holds no thread. {@code active} says whether a thread is draining;
 * whoever sets it drains, and the drainer looks again after clearing it so that no task is left behind.
 * {@code drainer} is the draining thread while one runs (volatile), so that {@link #flush()} can tell when it is
 * called from a task.
 */
final class SerialWorker {
    private final String name;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean active = new AtomicBoolean();
    private volatile Thread drainer;

    SerialWorker(String name) {
        this.name = name;
    }

    void submit(Runnable task) {
        tasks.add(task);
        startIfIdle();
    }

    /**
     * Waits until every task submitted before this call has run. Called from a task, it returns at once: that
     * task's predecessors have run, and waiting for its successors would never end. With no thread draining and no
     * task waiting it returns at once too, starting no thread (a runspace that raised no event closes without one).
     */
    void flush() {
        if (Thread.currentThread() == drainer || !active.get() && tasks.isEmpty()) {
            return;
        }
        CompletableFuture<Void> reached = new CompletableFuture<>();
        submit(() -> reached.complete(null));
        reached.join();
    }

    private void startIfIdle() {
        if (active.compareAndSet(false, true)) {
            EngineThreads.virtual(name).start(this::drain);
        }
    }

    private void drain() {
        drainer = Thread.currentThread();
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            try {
                task.run();
            } catch (RuntimeException ignored) {
                // a failing task is the event source's problem; the next one still runs
            }
        }
        drainer = null;
        active.set(false);
        if (!tasks.isEmpty()) {
            startIfIdle();
        }
    }
}
