package dev.jpwsh.commands.threadjob;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The single process-wide throttle of thread jobs, as pwsh has it: at most {@code limit} jobs run at once (5 until a
 * Start-ThreadJob -ThrottleLimit changes it for all later starts), the others wait in NotStarted and start first in,
 * first out, each on a virtual thread of its own.
 *
 * <p>A job here goes: waiting (in {@code waiting}) -> started (counted in {@code running}, taken out of
 * {@code waiting}) -> released (its run ended, {@code running} counts it no more). Every change of the fields is
 * decided under the lock; the threads are started after it is released. {@code limit}, {@code running} and
 * {@code waiting} are guarded by this.
 */
final class ThreadJobQueue {
    static final ThreadJobQueue PROCESS = new ThreadJobQueue();

    private int limit = 5;
    private int running;
    private final Deque<ThreadJob> waiting = new ArrayDeque<>();

    private ThreadJobQueue() {
    }

    /** -ThrottleLimit: the new limit for every job from now on; waiting jobs start if it grew. */
    void setLimit(int newLimit) {
        synchronized (this) {
            limit = newLimit;
        }
        startReady();
    }

    /** Queues {@code job}; it starts at once when fewer than the limit run. */
    void submit(ThreadJob job) {
        synchronized (this) {
            waiting.add(job);
        }
        startReady();
    }

    /** Starts {@code job} at once, over the limit, if it is still waiting (its StartJob). */
    void startNow(ThreadJob job) {
        synchronized (this) {
            if (!waiting.remove(job)) {
                return;
            }
            running++;
        }
        start(job);
    }

    private void release() {
        synchronized (this) {
            running--;
        }
        startReady();
    }

    private void startReady() {
        List<ThreadJob> ready = new ArrayList<>();
        synchronized (this) {
            while (running < limit && !waiting.isEmpty()) {
                ready.add(waiting.poll());
                running++;
            }
        }
        ready.forEach(this::start);
    }

    private void start(ThreadJob job) {
        EngineThreads.virtual("ThreadJob:" + job.getId()).start(() -> {
            try {
                job.run();
            } finally {
                release();
            }
        });
    }
}
