package dev.jpwsh.commands.process;

import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A time zone as Get-TimeZone returns it ({@code System.TimeZoneInfo}): its IANA id, its English names and its
 * offset from UTC outside daylight saving time; and the type's statics scripts call ({@code Local}, {@code Utc},
 * {@code GetSystemTimeZones()}, {@code FindSystemTimeZoneById()}).
 */
@DotNetName("System.TimeZoneInfo")
public final class TimeZoneInfo {
    private final TimeZone zone;

    TimeZoneInfo(TimeZone zone) {
        this.zone = zone;
    }

    public static TimeZoneInfo getLocal() {
        return new TimeZoneInfo(TimeZone.getDefault());
    }

    public static TimeZoneInfo getUtc() {
        return new TimeZoneInfo(TimeZone.getTimeZone("UTC"));
    }

    /** Every zone of the system's time zone database, sorted by offset then id. */
    public static Object[] GetSystemTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC"))
                .map(z -> new TimeZoneInfo(TimeZone.getTimeZone(z)))
                .sorted(Comparator.comparingInt((TimeZoneInfo z) -> z.zone.getRawOffset())
                        .thenComparing(TimeZoneInfo::getId))
                .toArray();
    }

    /** The zone with that id; an unknown id throws TimeZoneNotFoundException. */
    public static TimeZoneInfo FindSystemTimeZoneById(String id) {
        if (!exists(id)) {
            throw new PSRuntimeException("TimeZoneNotFound", "ObjectNotFound", notFound(id), null,
                    "System.TimeZoneNotFoundException");
        }
        return new TimeZoneInfo(TimeZone.getTimeZone(id));
    }

    static boolean exists(String id) {
        return id != null && (id.equals("UTC") || ZoneId.getAvailableZoneIds().contains(id));
    }

    static String notFound(String id) {
        return "The time zone ID '" + id + "' was not found on the local computer.";
    }

    public String getId() {
        return zone.getID();
    }

    /** "(UTC+01:00) Central European Standard Time", "(UTC) Coordinated Universal Time". */
    public String getDisplayName() {
        int minutes = zone.getRawOffset() / 60_000;
        String offset = minutes == 0 ? "" : String.format(Locale.ROOT, "%s%02d:%02d", minutes < 0 ? "-" : "+",
                Math.abs(minutes) / 60, Math.abs(minutes) % 60);
        return "(UTC" + offset + ") " + getStandardName();
    }

    public String getStandardName() {
        return zone.getDisplayName(false, TimeZone.LONG, Locale.US);
    }

    public String getDaylightName() {
        return zone.getDisplayName(zone.useDaylightTime(), TimeZone.LONG, Locale.US);
    }

    public TimeSpan getBaseUtcOffset() {
        return new TimeSpan(Duration.ofMillis(zone.getRawOffset()));
    }

    public boolean getSupportsDaylightSavingTime() {
        return zone.useDaylightTime();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeZoneInfo that && zone.getID().equals(that.zone.getID());
    }

    @Override
    public int hashCode() {
        return zone.getID().hashCode();
    }

    @Override
    public String toString() {
        return getDisplayName();
    }
}
