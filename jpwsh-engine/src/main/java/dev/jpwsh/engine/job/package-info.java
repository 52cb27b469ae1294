/**
 * Jobs: the {@link dev.jpwsh.engine.job.Job} base every kind of job extends (one process-wide id counter, the
 * state, the output and error buffers) and the per-session {@link dev.jpwsh.engine.job.JobRepository} that
 * Get-Job, Receive-Job and Remove-Job read. Jobs are shared between the thread that runs them and the session
 * that lists them, so each class says what guards its fields. Depends on runspaces (PSDataCollection) and
 * runtime errors.
 */
package dev.jpwsh.engine.job;
