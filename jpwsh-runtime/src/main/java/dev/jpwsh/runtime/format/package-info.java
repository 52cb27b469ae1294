/**
 * .NET's format strings in a culture: numbers ({@link dev.jpwsh.runtime.format.NumberFormatter} for the standard
 * specifiers C D E F G N P R X B, {@link dev.jpwsh.runtime.format.CustomNumberFormat} for {@code 0 # . , % ‰ E+0 ;}
 * patterns), dates ({@link dev.jpwsh.runtime.format.DateFormatter}) and time spans
 * ({@link dev.jpwsh.runtime.format.TimeSpanFormatter}). {@link dev.jpwsh.runtime.format.FormatCulture} is a culture's
 * symbols, patterns and names ({@link dev.jpwsh.runtime.format.CultureTable} holds them) and the thread's current
 * culture; casts and string interpolation use the invariant one. A bad format string is .NET's FormatException, a
 * {@link java.lang.NumberFormatException} here. May use the runtime's {@code convert} and {@code number} packages.
 * Stateless apart from each thread's current culture, and safe for any thread.
 */
package dev.jpwsh.runtime.format;
