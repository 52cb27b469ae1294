/**
 * PowerShell's value semantics on the JVM: {@code object} (custom objects, hashtables, .NET type names),
 * {@code convert} (truth, strings, numbers), {@code number} (the unsigned integer types), {@code ops} (operators),
 * {@code error} (runtime errors with PowerShell's ids). May use {@code jpwsh-language} only. Everything here is stateless and safe for any thread: session state
 * belongs to the engine.
 */
package dev.jpwsh.runtime;
