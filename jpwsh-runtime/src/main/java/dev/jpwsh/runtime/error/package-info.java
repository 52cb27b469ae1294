/**
 * Errors as scripts see them: {@link dev.jpwsh.runtime.error.ErrorRecord} ({@code $_} in catch, {@code $Error}),
 * {@link dev.jpwsh.runtime.error.PSRuntimeException} (a terminating error with PowerShell's error id, category and
 * .NET exception type), the exception of a {@code throw} statement, the factories of the runtime's errors
 * ({@link dev.jpwsh.runtime.error.RuntimeErrors}) and the .NET type name and message every exception shows
 * ({@link dev.jpwsh.runtime.error.ExceptionNames}), so that no Java wording reaches a script. May use the runtime's
 * {@code object} and {@code convert} packages, nothing of the engine. The factories are stateless and safe for any
 * thread.
 */
package dev.jpwsh.runtime.error;
