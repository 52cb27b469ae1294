/**
 * Jobs: the {@link dev.jpwsh.engine.job.Job} base every kind of job extends (one process-wide id counter, the
 * state, the output and error buffers), the per-session {@link dev.jpwsh.engine.job.JobRepository} that the job
 * cmdlets read, and {@link dev.jpwsh.engine.job.JobWatch}, with which Wait-Job and Receive-Job -Wait sleep until a
 * job changes. Jobs are shared between the thread that runs them and the session that lists them, so each class
 * says what guards its fields. Session services layer: uses the interpreter core (exec's PSDataCollection and
 * error factories) and the modules below the engine. {@link dev.jpwsh.engine.job.JobTypeRegistration} registers
 * the type names of its classes.
 */
package dev.jpwsh.engine.job;
