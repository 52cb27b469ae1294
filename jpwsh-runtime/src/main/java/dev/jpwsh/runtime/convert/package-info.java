/**
 * PowerShell's core conversions: {@link dev.jpwsh.runtime.convert.LanguagePrimitives} turns any value into a
 * boolean, a string (culture-invariant, as {@code "$x"} shows it) or a number, and
 * {@link dev.jpwsh.runtime.convert.NumericKind} orders the numeric types as .NET does and picks the one an operation
 * computes in. May use the runtime's {@code number}, {@code object} and {@code error} packages, nothing of the
 * engine. Stateless and safe for any thread.
 */
package dev.jpwsh.runtime.convert;
