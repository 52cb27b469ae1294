/**
 * ForEach-Object -Parallel: {@link dev.jpwsh.commands.core.parallel.ParallelInvocation} runs each input as a
 * {@link dev.jpwsh.commands.core.parallel.ParallelTask} in a runspace of its own
 * ({@link dev.jpwsh.commands.core.parallel.TaskRunspaces}), and the tasks report back through one queue of
 * {@link dev.jpwsh.commands.core.parallel.TaskEvent}s that only the cmdlet's thread reads. Everything here except
 * that queue and a task's stop flag is confined to the cmdlet's thread. Depends on the engine's public API only.
 */
package dev.jpwsh.commands.core.parallel;
