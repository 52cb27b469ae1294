package dev.jpwsh.engine.job;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The jobs one session lists (Get-Job): added by whatever starts a job, removed by Remove-Job. Read and
 * written by that session's pipeline thread and by event actions; {@code jobs} is guarded by this.
 */
public final class JobRepository {
    private final List<Job> jobs = new ArrayList<>();

    /** An empty repository; each session has one. */
    public JobRepository() {
    }

    /** {@return the jobs of the session {@code context}} */
    public static JobRepository of(ExecutionContext context) {
        return context.service(JobRepository.class);
    }

    /**
     * Lists {@code job} for Get-Job; whatever starts a job calls it.
     *
     * @param job the job
     */
    public synchronized void add(Job job) {
        jobs.add(job);
    }

    /**
     * Remove-Job, and Receive-Job -AutoRemoveJob: stops listing {@code job}, without stopping it. Nothing happens when
     * it is not listed.
     *
     * @param job the job
     */
    public synchronized void remove(Job job) {
        jobs.remove(job);
    }

    /**
     * Every job, by Id.
     *
     * @return a new list, which later changes to the repository leave as it is
     */
    public synchronized List<Job> all() {
        List<Job> sorted = new ArrayList<>(jobs);
        sorted.sort(Comparator.comparingInt(Job::getId));
        return sorted;
    }
}
