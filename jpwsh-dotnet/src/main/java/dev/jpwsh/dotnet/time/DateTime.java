package dev.jpwsh.dotnet.time;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.OperatorOverloads;
import java.time.Duration;
import java.time.LocalDateTime;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.runtime.format.DateFormatter;
import dev.jpwsh.runtime.format.FormatCulture;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * System.DateTime: a date and time with .NET's members and its Kind (Local for Get-Date, Unspecified for a parsed
 * one, Utc); its text is the invariant-culture form. Equality ignores the kind, as in .NET.
 */
@DotNetName("System.DateTime")
@dev.jpwsh.runtime.object.DotNetProperties({"Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond",
        "Microsecond", "Nanosecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"})
public record DateTime(LocalDateTime value, DateTimeKind kind) implements OperatorOverloads, Comparable<DateTime>,
        dev.jpwsh.runtime.ops.Formattable {
    /** System.DateTimeKind. */
    @DotNetName("System.DateTimeKind")
    public enum DateTimeKind {
        Unspecified, Utc, Local
    }

    public DateTime(LocalDateTime value) {
        this(value, DateTimeKind.Unspecified);
    }

    public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) {
        this(LocalDateTime.of(year, month, day, hour, minute, second), kind);
    }

    /** {@code [datetime]::new(y, m, d, h, mi, s, ms)}. */
    public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) {
        this(year, month, day, hour, minute, second, millisecond, 0, DateTimeKind.Unspecified);
    }

    public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond,
            DateTimeKind kind) {
        this(year, month, day, hour, minute, second, millisecond, 0, kind);
    }

    /** {@code [datetime]::new(y, m, d, h, mi, s, ms, microsecond, kind)} (.NET 7). */
    public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond,
            int microsecond, DateTimeKind kind) {
        this(LocalDateTime.of(year, month, day, hour, minute, second, subSecondNanos(millisecond, microsecond)),
                kind);
    }

    /** The nanoseconds of a millisecond and microsecond count, each checked against .NET's 0-999 range. */
    static int subSecondNanos(int millisecond, int microsecond) {
        checkRange(millisecond, "millisecond");
        checkRange(microsecond, "microsecond");
        return millisecond * 1_000_000 + microsecond * 1_000;
    }

    private static void checkRange(int value, String parameter) {
        if (value < 0 || value > 999) {
            throw new IllegalArgumentException("Valid values are between 0 and 999, inclusive. (Parameter '"
                    + parameter + "')");
        }
    }

    /** {@code [datetime]::new(ticks)}: that many 100-nanosecond intervals after the first moment of year 1. */
    public DateTime(long ticks) {
        this(LocalDateTime.of(1, 1, 1, 0, 0).plusSeconds(ticks / 10_000_000L).plusNanos(ticks % 10_000_000L * 100));
    }

    public DateTimeKind getKind() {
        return kind;
    }

    /** {@code [datetime]::MinValue}: midnight of January 1 of year 1, also a DateTime's default value. */
    public static DateTime getMinValue() {
        return new DateTime(LocalDateTime.of(1, 1, 1, 0, 0));
    }

    /** {@code [datetime]::MaxValue}: the last tick of year 9999. */
    public static DateTime getMaxValue() {
        return new DateTime(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900));
    }

    public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) {
        return new DateTime(value.value, kind);
    }

    public static DateTime getUtcNow() {
        return new DateTime(LocalDateTime.now(java.time.ZoneOffset.UTC), DateTimeKind.Utc);
    }

    /** The same instant in UTC: a local or unspecified time is taken as local. */
    public DateTime ToUniversalTime() {
        if (kind == DateTimeKind.Utc) {
            return this;
        }
        return new DateTime(value.minusSeconds(localOffset().getTotalSeconds()), DateTimeKind.Utc);
    }

    /** The same instant in the local zone: a local time stays, a UTC or unspecified one is taken as UTC. */
    public DateTime ToLocalTime() {
        if (kind == DateTimeKind.Local) {
            return this;
        }
        java.time.ZonedDateTime utc = value.atZone(java.time.ZoneOffset.UTC);
        return new DateTime(utc.withZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime(),
                DateTimeKind.Local);
    }

    /** The local zone's offset from UTC at this date, which {@code z} and a local {@code K} write. */
    private java.time.ZoneOffset localOffset() {
        return java.time.ZoneId.systemDefault().getRules().getOffset(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateTime d && d.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
    public DateTime(int year, int month, int day) {
        this(LocalDateTime.of(year, month, day, 0, 0));
    }

    public DateTime(int year, int month, int day, int hour, int minute, int second) {
        this(LocalDateTime.of(year, month, day, hour, minute, second));
    }

    public static int DaysInMonth(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    public static boolean IsLeapYear(int year) {
        return java.time.Year.isLeap(year);
    }

    /** {@code [datetime]::ParseExact(text, format, culture)}: a .NET standard or custom format in that culture. */
    public static DateTime ParseExact(String text, String format, Object provider) {
        return exact(text, format, CultureInfo.cultureOf(provider), false);
    }

    /** {@code ParseExact(text, format, culture, styles)}: the styles are those .NET defaults to. */
    public static DateTime ParseExact(String text, String format, Object provider, Object styles) {
        return ParseExact(text, format, provider);
    }

    public static boolean TryParseExact(String text, String format, Object provider, Object styles, Ref result) {
        try {
            result.setValue(ParseExact(text, format, provider));
            return true;
        } catch (NumberFormatException notADate) {
            result.setValue(new DateTime(LocalDateTime.of(1, 1, 1, 0, 0)));
            return false;
        }
    }

    /** A date in {@code format}; one with an offset is converted to local time, as .NET does by default. */
    private static DateTime exact(String text, String format, FormatCulture culture, boolean lenient) {
        ExactDateParser.Parsed parsed = ExactDateParser.parseOrFail(text, format, culture, lenient);
        if (parsed.offset() == null) {
            return new DateTime(parsed.time());
        }
        return new DateTime(parsed.time().atOffset(parsed.offset()).atZoneSameInstant(java.time.ZoneId
                .systemDefault()).toLocalDateTime(), DateTimeKind.Local);
    }

    public DateTime getDate() {
        return new DateTime(value.toLocalDate().atStartOfDay(), kind);
    }

    /**
     * {@code [datetime]'2024-03-05T10:30:00'}, {@code 'Jan 1, 2020'}, {@code '3/5/2024 2:30 PM'} and the other
     * invariant forms {@link DateTimeParser} reads; .NET's FormatException for any other text.
     */
    public static DateTime Parse(String text) {
        DateTime parsed = DateTimeParser.parse(text);
        if (parsed == null) {
            throw notADate(text);
        }
        return parsed;
    }

    /**
     * {@code [datetime]::Parse(text, culture)}: the culture's short and long date and time patterns (one or two
     * digits each), then the invariant forms.
     */
    public static DateTime Parse(String text, Object provider) {
        FormatCulture culture = CultureInfo.cultureOf(provider);
        if (!culture.isInvariant()) {
            for (String format : new String[] {"G", "g", "d", "F", "f", "D"}) {
                try {
                    return exact(text, format, culture, true);
                } catch (NumberFormatException otherForm) {
                    // the next pattern may read it
                }
            }
        }
        return Parse(text);
    }

    public static boolean TryParse(String text, Ref result) {
        DateTime parsed = text == null ? null : DateTimeParser.parse(text);
        result.setValue(parsed != null ? parsed : new DateTime(LocalDateTime.of(1, 1, 1, 0, 0)));
        return parsed != null;
    }

    /** .NET's FormatException for text no form reads, naming the first word that is no part of a date. */
    private static NumberFormatException notADate(String text) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
        while (word.find()) {
            if (!isDateWord(word.group())) {
                return new NumberFormatException("The string '" + text + "' was not recognized as a valid DateTime. "
                        + "There is an unknown word starting at index '" + word.start() + "'.");
            }
        }
        return new NumberFormatException("String '" + text + "' was not recognized as a valid DateTime.");
    }

    private static boolean isDateWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("t") || w.equals("z") || w.equals("am") || w.equals("pm") || w.equals("gmt")) {
            return true;
        }
        for (java.time.Month month : java.time.Month.values()) {
            String name = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT).toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return true;
            }
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT).toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String format(String format) {
        return format(format, FormatCulture.invariant());
    }

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss", Locale.ROOT);

    public static DateTime getNow() {
        return new DateTime(LocalDateTime.now(), DateTimeKind.Local);
    }

    public static DateTime getToday() {
        return new DateTime(LocalDateTime.now().toLocalDate().atStartOfDay(), DateTimeKind.Local);
    }

    public int getYear() {
        return value.getYear();
    }

    public int getMonth() {
        return value.getMonthValue();
    }

    public int getDay() {
        return value.getDayOfMonth();
    }

    public int getHour() {
        return value.getHour();
    }

    public int getMinute() {
        return value.getMinute();
    }

    public int getSecond() {
        return value.getSecond();
    }

    public int getMillisecond() {
        return value.getNano() / 1_000_000;
    }

    public String getDayOfWeek() {
        String name = value.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    public int getDayOfYear() {
        return value.getDayOfYear();
    }

    /** The 100-nanosecond intervals since midnight of January 1 of year 1. */
    public long getTicks() {
        Duration since = Duration.between(getMinValue().value, value);
        return since.getSeconds() * 10_000_000L + since.getNano() / 100;
    }

    public DateTime AddTicks(long ticks) {
        return new DateTime(value.plusSeconds(ticks / 10_000_000L).plusNanos(ticks % 10_000_000L * 100), kind);
    }

    public DateTime AddSeconds(double seconds) {
        return new DateTime(value.plusNanos((long) (seconds * 1e9)), kind);
    }

    public DateTime AddMilliseconds(double ms) {
        return new DateTime(value.plusNanos((long) (ms * 1e6)), kind);
    }

    public DateTime AddMinutes(double minutes) {
        return AddSeconds(minutes * 60);
    }

    public DateTime AddHours(double hours) {
        return AddSeconds(hours * 3600);
    }

    public DateTime AddDays(double days) {
        return AddSeconds(days * 86400);
    }

    public DateTime AddMonths(int months) {
        return new DateTime(value.plusMonths(months), kind);
    }

    public DateTime AddYears(int years) {
        return new DateTime(value.plusYears(years), kind);
    }

    /** {@code ToString(format)} in the current culture, or {@code ToString(culture)}: its general format. */
    public String ToString(Object formatOrProvider) {
        if (formatOrProvider instanceof String format) {
            return format(format, FormatCulture.current());
        }
        return format("G", CultureInfo.cultureOf(formatOrProvider));
    }

    /** {@code ToString(format, culture)}. */
    public String ToString(String format, Object provider) {
        return format(format, CultureInfo.cultureOf(provider));
    }

    @Override
    public String format(String format, FormatCulture culture) {
        DateFormatter.Kind k = switch (kind) {
            case Utc -> DateFormatter.Kind.UTC;
            case Local -> DateFormatter.Kind.LOCAL;
            case Unspecified -> DateFormatter.Kind.UNSPECIFIED;
        };
        return DateFormatter.format(value, localOffset(), k, format, culture);
    }

    @Override
    public Object add(Object right) {
        return right instanceof TimeSpan t ? new DateTime(value.plus(t.duration()), kind) : null;
    }

    @Override
    public Object subtract(Object right) {
        return switch (right) {
            case DateTime d -> new TimeSpan(Duration.between(d.value, value));
            case TimeSpan t -> new DateTime(value.minus(t.duration()), kind);
            default -> null;
        };
    }

    @Override
    public int compareTo(DateTime other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return DISPLAY.format(value);
    }
}
