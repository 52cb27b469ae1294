/**
 * Execution (interpreter core): one session's {@link dev.jpwsh.engine.exec.ExecutionContext} (global scope, host,
 * command table, {@code $Error}, {@code $?}, language mode, and the services the hosting layer installs), the
 * {@link dev.jpwsh.engine.exec.Frame} code runs in, {@link dev.jpwsh.engine.exec.ScriptBlock} and the cache of
 * compiled script text ({@link dev.jpwsh.engine.exec.ScriptFiles}), pipes and stream redirection, the message
 * streams and their records, the thread-safe {@link dev.jpwsh.engine.exec.PSDataCollection} that jobs and
 * PowerShell instances collect into, error records with positions ({@link dev.jpwsh.engine.exec.PSException},
 * {@link dev.jpwsh.engine.exec.RuntimeFailures}; a text's parse errors as pwsh's ParseException,
 * {@link dev.jpwsh.engine.exec.ParseFailures}), control flow signals, and the guards that keep a script within
 * limits (call depth, stop points). {@link dev.jpwsh.engine.exec.PendingActions} is the core's hook for the engine
 * events above it; {@link dev.jpwsh.engine.exec.CoreTypeRegistration} registers the core's type names. May use the rest of the core and the modules below the engine; nothing of the services or
 * hosting layers.
 */
package dev.jpwsh.engine.exec;
