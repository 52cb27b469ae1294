package dev.jpwsh.dotnet.time;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.runtime.format.DateFormatter;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Formattable;
import dev.jpwsh.runtime.ops.OperatorOverloads;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * System.DateTimeOffset: a date and time with its offset from UTC. Two values are equal, and compare, by the instant
 * they name whatever their offsets, as in .NET. Its text is the culture's general format followed by the offset
 * ({@code 03/05/2024 14:07:09 +02:00} in the invariant culture).
 */
@DotNetName("System.DateTimeOffset")
public record DateTimeOffset(OffsetDateTime value) implements OperatorOverloads, Comparable<DateTimeOffset>,
        Formattable {
    private static final String[] ISO_FORMATS = {"yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-ddK", "MM/dd/yyyy HH:mm:ss zzz"};

    /** A DateTime with its kind's offset: UTC's is zero, a local or unspecified one the local zone's. */
    public DateTimeOffset(DateTime dateTime) {
        this(dateTime.value().atOffset(dateTime.kind() == DateTime.DateTimeKind.Utc ? ZoneOffset.UTC
                : ZoneId.systemDefault().getRules().getOffset(dateTime.value())));
    }

    public DateTimeOffset(DateTime dateTime, TimeSpan offset) {
        this(dateTime.value().atOffset(offset(offset)));
    }

    public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) {
        this(OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset(offset)));
    }

    /** {@code [DateTimeOffset]::new(y, m, d, h, mi, s, ms, offset)}. */
    public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond,
            TimeSpan offset) {
        this(year, month, day, hour, minute, second, millisecond, 0, offset);
    }

    /** {@code [DateTimeOffset]::new(y, m, d, h, mi, s, ms, microsecond, offset)} (.NET 7). */
    public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond,
            int microsecond, TimeSpan offset) {
        this(OffsetDateTime.of(year, month, day, hour, minute, second,
                DateTime.subSecondNanos(millisecond, microsecond), offset(offset)));
    }

    /** {@code .EqualsExact(other)}: the same moment with the same offset. */
    public boolean EqualsExact(DateTimeOffset other) {
        return other != null && value.equals(other.value);
    }

    /** {@code .AddTicks(n)}: n 100-nanosecond intervals later. */
    public DateTimeOffset AddTicks(long ticks) {
        return new DateTimeOffset(value.plusNanos(Math.multiplyExact(ticks, 100L)));
    }

    /** An offset in whole minutes within ±14 hours, or .NET's ArgumentException. */
    private static ZoneOffset offset(TimeSpan span) {
        long seconds = span.duration().getSeconds();
        if (seconds % 60 != 0 || span.duration().getNano() != 0) {
            throw new IllegalArgumentException("Offset must be specified in whole minutes. (Parameter 'offset')");
        }
        if (Math.abs(seconds) > 14 * 3600) {
            throw new IllegalArgumentException("Offset must be within plus or minus 14 hours. (Parameter 'offset')");
        }
        return ZoneOffset.ofTotalSeconds((int) seconds);
    }

    public static DateTimeOffset getNow() {
        return new DateTimeOffset(OffsetDateTime.now());
    }

    public static DateTimeOffset getUtcNow() {
        return new DateTimeOffset(OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static DateTimeOffset FromUnixTimeSeconds(long seconds) {
        return new DateTimeOffset(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC));
    }

    public static DateTimeOffset FromUnixTimeMilliseconds(long milliseconds) {
        return new DateTimeOffset(Instant.ofEpochMilli(milliseconds).atOffset(ZoneOffset.UTC));
    }

    /** ISO 8601 text with or without an offset, or any text DateTime.Parse reads (then at the local offset). */
    public static DateTimeOffset Parse(String text) {
        return Parse(text, null);
    }

    public static DateTimeOffset Parse(String text, Object provider) {
        FormatCulture culture = CultureInfo.cultureOf(provider);
        for (String format : ISO_FORMATS) {
            ExactDateParser.Parsed parsed = ExactDateParser.parse(text, format, FormatCulture.invariant(), true);
            if (parsed != null) {
                return of(parsed);
            }
        }
        return new DateTimeOffset(DateTime.Parse(text, culture));
    }

    public static boolean TryParse(String text, Ref result) {
        try {
            result.setValue(Parse(text));
            return true;
        } catch (NumberFormatException | java.time.DateTimeException notADate) {
            result.setValue(new DateTimeOffset(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
            return false;
        }
    }

    /** {@code [datetimeoffset]::ParseExact(text, format, culture)}: a .NET format; no offset in it is the local one. */
    public static DateTimeOffset ParseExact(String text, String format, Object provider) {
        ExactDateParser.Parsed parsed = ExactDateParser.parseOrFail(text, format, CultureInfo.cultureOf(provider),
                false);
        return of(parsed);
    }

    private static DateTimeOffset of(ExactDateParser.Parsed parsed) {
        LocalDateTime time = parsed.time();
        ZoneOffset zone = parsed.offset() != null ? parsed.offset()
                : ZoneId.systemDefault().getRules().getOffset(time);
        return new DateTimeOffset(time.atOffset(zone));
    }

    public TimeSpan getOffset() {
        return new TimeSpan(Duration.ofSeconds(value.getOffset().getTotalSeconds()));
    }

    /** The clock time without its offset, of kind Unspecified. */
    public DateTime getDateTime() {
        return new DateTime(value.toLocalDateTime());
    }

    public DateTime getUtcDateTime() {
        return new DateTime(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), DateTime.DateTimeKind.Utc);
    }

    public DateTime getLocalDateTime() {
        return new DateTime(value.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
                DateTime.DateTimeKind.Local);
    }

    public DateTime getDate() {
        return new DateTime(value.toLocalDate().atStartOfDay());
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
        return getDateTime().getDayOfWeek();
    }

    public int getDayOfYear() {
        return value.getDayOfYear();
    }

    public long ToUnixTimeSeconds() {
        return value.toEpochSecond();
    }

    public long ToUnixTimeMilliseconds() {
        return value.toInstant().toEpochMilli();
    }

    public DateTimeOffset ToUniversalTime() {
        return new DateTimeOffset(value.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public DateTimeOffset ToLocalTime() {
        return new DateTimeOffset(value.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime());
    }

    public DateTimeOffset ToOffset(TimeSpan offset) {
        return new DateTimeOffset(value.withOffsetSameInstant(offset(offset)));
    }

    public DateTimeOffset AddSeconds(double seconds) {
        return new DateTimeOffset(value.plusNanos((long) (seconds * 1e9)));
    }

    public DateTimeOffset AddMinutes(double minutes) {
        return AddSeconds(minutes * 60);
    }

    public DateTimeOffset AddHours(double hours) {
        return AddSeconds(hours * 3600);
    }

    public DateTimeOffset AddDays(double days) {
        return AddSeconds(days * 86400);
    }

    public DateTimeOffset AddMonths(int months) {
        return new DateTimeOffset(value.plusMonths(months));
    }

    public DateTimeOffset AddYears(int years) {
        return new DateTimeOffset(value.plusYears(years));
    }

    /** {@code ToString(format)} in the current culture, or {@code ToString(culture)}: its general format. */
    public String ToString(Object formatOrProvider) {
        if (formatOrProvider instanceof String format) {
            return format(format, FormatCulture.current());
        }
        return format(null, CultureInfo.cultureOf(formatOrProvider));
    }

    public String ToString(String format, Object provider) {
        return format(format, CultureInfo.cultureOf(provider));
    }

    @Override
    public String format(String format) {
        return format(format, FormatCulture.invariant());
    }

    /** No format is the general one with the offset, as .NET writes a DateTimeOffset. */
    @Override
    public String format(String format, FormatCulture culture) {
        String f = format == null || format.isEmpty() ? DateFormatter.standardPattern('G', culture.dates()) + " zzz"
                : format;
        return DateFormatter.format(value.toLocalDateTime(), value.getOffset(), DateFormatter.Kind.OFFSET, f, culture);
    }

    @Override
    public Object add(Object right) {
        return right instanceof TimeSpan t ? new DateTimeOffset(value.plus(t.duration())) : null;
    }

    @Override
    public Object subtract(Object right) {
        return switch (right) {
            case DateTimeOffset d -> new TimeSpan(Duration.between(d.value, value));
            case TimeSpan t -> new DateTimeOffset(value.minus(t.duration()));
            default -> null;
        };
    }

    @Override
    public int compareTo(DateTimeOffset other) {
        return value.toInstant().compareTo(other.value.toInstant());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateTimeOffset d && d.value.toInstant().equals(value.toInstant());
    }

    @Override
    public int hashCode() {
        return value.toInstant().hashCode();
    }

    @Override
    public String toString() {
        return format(null, FormatCulture.invariant());
    }
}
