package dev.jpwsh.engine.serialization;

import dev.jpwsh.dotnet.time.TimeSpan;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * TimeSpan as XmlConvert writes it, an XML Schema duration: {@code P1DT2H3M4.5S}, {@code PT0S} for zero, a leading
 * {@code -} when negative; read back with Java's ISO-8601 duration parser. Stateless.
 */
final class XmlDurations {
    private XmlDurations() {
    }

    static String format(TimeSpan span) {
        long ticks = span.getTicks();
        StringBuilder out = new StringBuilder(24);
        if (ticks < 0) {
            out.append('-');
            ticks = -ticks;
        }
        out.append('P');
        long days = ticks / 864_000_000_000L;
        long rest = ticks % 864_000_000_000L;
        if (days != 0) {
            out.append(days).append('D');
        }
        if (rest != 0) {
            out.append('T');
            long hours = rest / 36_000_000_000L;
            long minutes = rest / 600_000_000L % 60;
            long seconds = rest / 10_000_000L % 60;
            long fraction = rest % 10_000_000L;
            if (hours != 0) {
                out.append(hours).append('H');
            }
            if (minutes != 0) {
                out.append(minutes).append('M');
            }
            if (seconds != 0 || fraction != 0) {
                out.append(seconds);
                if (fraction != 0) {
                    String digits = String.format("%07d", fraction).replaceAll("0+$", "");
                    out.append('.').append(digits);
                }
                out.append('S');
            }
        } else if (days == 0) {
            out.append("T0S");
        }
        return out.toString();
    }

    static TimeSpan parse(String text) {
        try {
            return new TimeSpan(Duration.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The string '" + text + "' is not a valid TimeSpan value.");
        }
    }
}
