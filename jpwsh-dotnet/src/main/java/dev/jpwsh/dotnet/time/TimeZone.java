package dev.jpwsh.dotnet.time;

import dev.jpwsh.runtime.object.DotNetName;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/**
 * System.TimeZone, .NET's older view of the local time zone that scripts still reach through
 * {@code [TimeZone]::CurrentTimeZone}: its names, and its offset from UTC and daylight saving at a date (a UTC date
 * has no offset). Reads the system's default zone each time. Immutable.
 */
@DotNetName("System.TimeZone")
public final class TimeZone {
    private static final TimeZone CURRENT = new TimeZone();

    private TimeZone() {
    }

    public static TimeZone getCurrentTimeZone() {
        return CURRENT;
    }

    public String getStandardName() {
        return java.util.TimeZone.getDefault().getDisplayName(false, java.util.TimeZone.LONG, Locale.US);
    }

    public String getDaylightName() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        return zone.getDisplayName(zone.useDaylightTime(), java.util.TimeZone.LONG, Locale.US);
    }

    /** The local zone's offset from UTC at {@code time}; zero for a UTC time. */
    public TimeSpan GetUtcOffset(DateTime time) {
        if (time.kind() == DateTime.DateTimeKind.Utc) {
            return new TimeSpan(Duration.ZERO);
        }
        int seconds = ZoneId.systemDefault().getRules().getOffset(time.value()).getTotalSeconds();
        return new TimeSpan(Duration.ofSeconds(seconds));
    }

    /** Whether daylight saving time is in force in the local zone at {@code time}. */
    public boolean IsDaylightSavingTime(DateTime time) {
        DateTime local = time.kind() == DateTime.DateTimeKind.Utc ? time.ToLocalTime() : time;
        java.time.Instant instant = local.value().atZone(ZoneId.systemDefault()).toInstant();
        return ZoneId.systemDefault().getRules().isDaylightSavings(instant);
    }

    public DateTime ToUniversalTime(DateTime time) {
        return time.ToUniversalTime();
    }

    public DateTime ToLocalTime(DateTime time) {
        return time.ToLocalTime();
    }

    @Override
    public String toString() {
        return "System.CurrentSystemTimeZone";
    }
}
