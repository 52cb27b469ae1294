/**
 * The .NET numeric types Java has no match for: the unsigned integers {@code [byte]}, {@code [uint16]},
 * {@code [uint32]} and {@code [uint64]}. Immutable values, safe for any thread; no dependencies.
 */
package dev.jpwsh.runtime.number;
