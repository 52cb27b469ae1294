/**
 * Default output formatting: {@link dev.jpwsh.format.OutDefault} renders output objects as pwsh does (scalars,
 * Name/Value tables for hashtables, tables or lists for custom objects). Depends on the engine's public API.
 * A formatter instance belongs to one output stream and one thread.
 */
package dev.jpwsh.format;
