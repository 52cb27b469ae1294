package dev.jpwsh.dotnet.time;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.OperatorOverloads;
import java.time.Duration;

/** System.TimeSpan: a duration with .NET's members and text form ({@code 01:02:03.5000000}). */
@DotNetName("System.TimeSpan")
@dev.jpwsh.runtime.object.DotNetProperties({"Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds",
        "Minutes", "Seconds", "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMicroseconds",
        "TotalNanoseconds", "TotalMinutes", "TotalSeconds"})
public record TimeSpan(Duration duration) implements OperatorOverloads, Comparable<TimeSpan>,
        dev.jpwsh.runtime.ops.Formattable {
    /** .NET's Duration(): the absolute length. */
    public TimeSpan Duration() {
        return new TimeSpan(duration.abs());
    }

    /** {@code [timespan]::Zero}, also a TimeSpan's default value. */
    public static TimeSpan getZero() {
        return new TimeSpan(Duration.ZERO);
    }

    /** {@code [timespan]::new(ticks)}, and the conversion {@code [timespan]100}: ticks of 100 ns. */
    public TimeSpan(long ticks) {
        this(Duration.ofSeconds(ticks / 10_000_000, ticks % 10_000_000 * 100));
    }

    public TimeSpan(int hours, int minutes, int seconds) {
        this(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds));
    }

    public TimeSpan(int days, int hours, int minutes, int seconds) {
        this(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds));
    }

    /** {@code [d.]hh:mm[:ss[.fffffff]]}. */
    public static TimeSpan Parse(String text) {
        String t = text.strip();
        boolean negative = t.startsWith("-");
        t = negative ? t.substring(1) : t;
        long days = 0;
        int dot = t.indexOf('.');
        int colon = t.indexOf(':');
        if (dot >= 0 && (colon < 0 || dot < colon)) {
            days = Long.parseLong(t.substring(0, dot));
            t = t.substring(dot + 1);
        }
        if (colon < 0 && dot < 0) {
            return new TimeSpan(Duration.ofDays(Long.parseLong(t)));
        }
        String[] parts = t.split(":");
        Duration d = Duration.ofDays(days).plusHours(Long.parseLong(parts[0]))
                .plusMinutes(parts.length > 1 ? Long.parseLong(parts[1]) : 0);
        if (parts.length > 2) {
            d = d.plusNanos((long) (Double.parseDouble(parts[2]) * 1e9));
        }
        return new TimeSpan(negative ? d.negated() : d);
    }

    public static TimeSpan FromSeconds(double seconds) {
        return new TimeSpan(Duration.ofNanos((long) (seconds * 1e9)));
    }

    public static TimeSpan FromMilliseconds(double ms) {
        return new TimeSpan(Duration.ofNanos((long) (ms * 1e6)));
    }

    public static TimeSpan FromMinutes(double minutes) {
        return FromSeconds(minutes * 60);
    }

    public static TimeSpan FromHours(double hours) {
        return FromSeconds(hours * 3600);
    }

    public static TimeSpan FromDays(double days) {
        return FromSeconds(days * 86400);
    }

    public int getDays() {
        return (int) duration.toDays();
    }

    public int getHours() {
        return signed(duration.abs().toHoursPart());
    }

    public int getMinutes() {
        return signed(duration.abs().toMinutesPart());
    }

    public int getSeconds() {
        return signed(duration.abs().toSecondsPart());
    }

    public int getMilliseconds() {
        return signed(duration.abs().toMillisPart());
    }

    /** A component of a negative span is negative too, as in .NET. */
    private int signed(int part) {
        return duration.isNegative() ? -part : part;
    }

    public long getTicks() {
        return duration.toNanos() / 100;
    }

    public double getTotalDays() {
        return duration.toNanos() / 864e11;
    }

    public double getTotalHours() {
        return duration.toNanos() / 36e11;
    }

    public double getTotalMinutes() {
        return duration.toNanos() / 6e10;
    }

    public double getTotalSeconds() {
        return duration.toNanos() / 1e9;
    }

    public double getTotalMilliseconds() {
        return duration.toNanos() / 1e6;
    }

    @Override
    public Object add(Object right) {
        return right instanceof TimeSpan t ? new TimeSpan(duration.plus(t.duration)) : null;
    }

    @Override
    public Object subtract(Object right) {
        return right instanceof TimeSpan t ? new TimeSpan(duration.minus(t.duration)) : null;
    }

    @Override
    public int compareTo(TimeSpan other) {
        return duration.compareTo(other.duration);
    }

    /** {@code c}, {@code g}, {@code G} or a custom pattern such as {@code hh\\:mm}. */
    public String ToString(String format) {
        return dev.jpwsh.runtime.format.TimeSpanFormatter.format(duration, format);
    }

    /** {@code ToString(format, culture)}: jpwsh formats with the invariant culture. */
    public String ToString(String format, Object provider) {
        return ToString(format);
    }

    @Override
    public String format(String format) {
        return ToString(format);
    }

    /** {@code [-][d.]hh:mm:ss[.fffffff]}. */
    @Override
    public String toString() {
        return ToString("c");
    }
}
