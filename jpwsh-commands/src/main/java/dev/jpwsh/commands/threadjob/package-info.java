/**
 * Start-ThreadJob (module Microsoft.PowerShell.ThreadJob): {@link dev.jpwsh.commands.threadjob.ThreadJob} runs a
 * script in a runspace of its own on a virtual thread, started by the one process-wide
 * {@link dev.jpwsh.commands.threadjob.ThreadJobQueue} when a slot is free. A job is shared by the thread that runs it
 * and the session that lists it; each class says what guards its fields. Depends on the engine's public API and on
 * the {@code $using:} support of {@code core.parallel}.
 */
package dev.jpwsh.commands.threadjob;
