/**
 * PowerShell's operators on plain values: arithmetic ({@link dev.jpwsh.runtime.ops.Arithmetic}, with the operator
 * overloads of .NET types in {@link dev.jpwsh.runtime.ops.OperatorOverloads}), comparison
 * ({@link dev.jpwsh.runtime.ops.Comparison}), {@code -f} ({@link dev.jpwsh.runtime.ops.CompositeFormat},
 * {@link dev.jpwsh.runtime.ops.Formattable}), {@code -match}, {@code -replace} and {@code -split}
 * ({@link dev.jpwsh.runtime.ops.RegexOperators}), wildcards ({@link dev.jpwsh.runtime.ops.Wildcard}), and the checks
 * that keep a script-sized allocation within .NET's limits and the heap ({@link dev.jpwsh.runtime.ops.Memory}). May
 * use the runtime's {@code convert}, {@code number}, {@code object}, {@code error}, {@code format} and {@code regex}
 * packages, nothing of the engine. Stateless and safe for any thread.
 */
package dev.jpwsh.runtime.ops;
