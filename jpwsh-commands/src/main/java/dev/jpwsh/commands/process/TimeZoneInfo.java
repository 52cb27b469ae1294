package dev.jpwsh.commands.process;

import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.object.DotNetName;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A time zone as Get-TimeZone returns it ({@code System.TimeZoneInfo}): its IANA id, its English names and its
 * offset from UTC outside daylight saving time.
 */
@DotNetName("System.TimeZoneInfo")
public final class TimeZoneInfo {
    private final TimeZone zone;

    TimeZoneInfo(TimeZone zone) {
        this.zone = zone;
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
    public String toString() {
        return getDisplayName();
    }
}
