/**
 * .NET's format strings with the invariant culture, the one culture jpwsh formats with (as .NET on Linux when LANG
 * names none): numbers ({@link dev.jpwsh.runtime.format.NumberFormatter} for the standard specifiers C D E F G N P R
 * X B, {@link dev.jpwsh.runtime.format.CustomNumberFormat} for {@code 0 # . , % ‰ E+0 ;} patterns), dates
 * ({@link dev.jpwsh.runtime.format.DateFormatter}) and time spans ({@link dev.jpwsh.runtime.format.TimeSpanFormatter}).
 * A bad format string is .NET's FormatException, a {@link java.lang.NumberFormatException} here. May use the
 * runtime's {@code convert} and {@code number} packages. Stateless and safe for any thread.
 */
package dev.jpwsh.runtime.format;
