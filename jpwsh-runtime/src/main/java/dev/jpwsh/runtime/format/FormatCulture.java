package dev.jpwsh.runtime.format;

import java.util.List;

/**
 * What one culture writes numbers and dates with: the data behind .NET's NumberFormatInfo and DateTimeFormatInfo.
 * Pattern numbers are .NET's (CurrencyPositivePattern 3 is {@code n $}, CurrencyNegativePattern 8 is
 * {@code -n $}, ...). Day lists start on Sunday; month lists have twelve names. {@link CultureTable} holds the
 * cultures; {@link #current()} is the calling thread's, which {@code -f} and {@code ToString(format)} use.
 * Instances are immutable.
 */
public record FormatCulture(String name, Numbers numbers, Dates dates) {
    /** NumberFormatInfo's values. */
    public record Numbers(String decimalSeparator, String groupSeparator, String negativeSign, String positiveSign,
            String currencySymbol, int currencyDecimalDigits, int currencyPositivePattern, int currencyNegativePattern,
            String percentSymbol, int percentPositivePattern, int percentNegativePattern, String perMilleSymbol,
            String nanSymbol, String positiveInfinitySymbol, String negativeInfinitySymbol) {
    }

    /** DateTimeFormatInfo's values. */
    public record Dates(String shortDatePattern, String longDatePattern, String shortTimePattern,
            String longTimePattern, String monthDayPattern, String yearMonthPattern, String amDesignator,
            String pmDesignator, String dateSeparator, String timeSeparator, List<String> dayNames,
            List<String> abbreviatedDayNames, List<String> monthNames, List<String> abbreviatedMonthNames,
            int firstDayOfWeek) {
        public String fullDateTimePattern() {
            return longDatePattern + " " + longTimePattern;
        }
    }

    private static final ThreadLocal<FormatCulture> CURRENT = new ThreadLocal<>();
    private static volatile FormatCulture processDefault;

    /** The invariant culture: what casts and string interpolation use. */
    public static FormatCulture invariant() {
        return CultureTable.INVARIANT;
    }

    /** The thread's current culture: one set on this thread, else the one the locale variables name. */
    public static FormatCulture current() {
        FormatCulture set = CURRENT.get();
        return set != null ? set : processDefault();
    }

    /** {@return the culture set on this thread, or null when it follows the process's} */
    public static FormatCulture setOnThread() {
        return CURRENT.get();
    }

    /** {@code [cultureinfo]::CurrentCulture = ...}: this thread's culture from now on; null: the process's again. */
    public static void setCurrent(FormatCulture culture) {
        CURRENT.set(culture);
    }

    /** The culture the locale variables name, which a thread has until it sets its own. */
    public static FormatCulture processDefault() {
        FormatCulture d = processDefault;
        if (d == null) {
            d = CultureTable.fromEnvironment(System.getenv());
            processDefault = d;
        }
        return d;
    }

    /** The culture .NET knows by {@code name} (case-insensitive; empty is invariant), or null for none. */
    public static FormatCulture forName(String name) {
        return CultureTable.forName(name);
    }

    /** The names of every culture there is, invariant (empty) first, sorted as .NET lists them. */
    public static List<String> availableNames() {
        return CultureTable.availableNames();
    }

    public boolean isInvariant() {
        return name.isEmpty();
    }
}
