package dev.jpwsh.engine.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a job cmdlet sleep until one of its jobs changes (a new state, a new output or error record): Wait-Job
 * until they finish, Receive-Job -Wait until they produce data or finish. A change of a child job counts as its
 * parent's. The watch listens from its creation, so a
 * change between the caller's look at the jobs and its wait still wakes it. One thread waits; the jobs' threads
 * release {@code changes}, a semaphore whose permits say "something changed since the last wait".
 */
public final class JobWatch implements AutoCloseable {
    private final List<Job> jobs;
    private final Semaphore changes = new Semaphore(0);
    private final Runnable wake = changes::release;

    /**
     * Starts watching {@code jobs}: every change from now on counts for {@link #awaitChange}, until {@link #close()}.
     *
     * @param jobs the jobs to watch, with their child jobs (as they are now); the list is copied
     */
    public JobWatch(List<Job> jobs) {
        List<Job> watched = new ArrayList<>();
        jobs.forEach(job -> addWithChildren(job, watched));
        this.jobs = List.copyOf(watched);
        this.jobs.forEach(job -> job.addChangeListener(wake));
    }

    /**
     * Waits until a job has changed since the last call, at most {@code timeoutNanos} (negative: for ever); false
     * when the time ran out first. Interrupting the thread (a pipeline stop) ends the wait.
     *
     * @param timeoutNanos the longest wait in nanoseconds; negative for no limit
     * @return true when a job changed, false when the time ran out
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitChange(long timeoutNanos) throws InterruptedException {
        boolean changed = true;
        if (timeoutNanos < 0) {
            changes.acquire();
        } else {
            changed = changes.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        }
        changes.drainPermits();
        return changed;
    }

    private static void addWithChildren(Job job, List<Job> watched) {
        watched.add(job);
        job.getChildJobs().forEach(child -> addWithChildren(child, watched));
    }

    /** Stops listening to the jobs. */
    @Override
    public void close() {
        jobs.forEach(job -> job.removeChangeListener(wake));
    }
}
