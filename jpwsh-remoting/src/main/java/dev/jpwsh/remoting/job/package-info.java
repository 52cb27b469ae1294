/**
 * Start-Job: background jobs in child jpwsh processes, each a remote runspace over the child's standard streams
 * ({@code client.NewProcessConnectionInfo}). {@link dev.jpwsh.remoting.job.StartJobCommand} makes a
 * {@link dev.jpwsh.remoting.job.PSRemotingJob} with one {@link dev.jpwsh.remoting.job.PSRemotingChildJob} that runs
 * the script there; {@link dev.jpwsh.remoting.job.JobScript} carries its {@code $using:} values over. The engine's job
 * table and job cmdlets (Get/Wait/Receive/Stop/Remove-Job) work on them as on any job. Uses {@code remoting.client}
 * and the engine's public API.
 */
package dev.jpwsh.remoting.job;
