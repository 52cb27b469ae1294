package dev.jpwsh.commands.data.json;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.DateTime.DateTimeKind;
import dev.jpwsh.dotnet.time.DateTimeOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in JSON as pwsh's JSON library writes and recognises them: ISO 8601 with up to seven fraction digits (trailing
 * zeros dropped) and a suffix by kind ({@code Z} for UTC, the local offset for local, none when unspecified); on
 * reading, a string of exactly that shape (or {@code /Date(milliseconds)/}) becomes a DateTime, which -DateKind may
 * convert, or with -DateKind Offset a DateTimeOffset keeping the text's offset (the local one when it has none).
 * Stateless.
 */
final class JsonDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern MICROSOFT = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final int TICK_NANOS = 100;

    private JsonDates() {
    }

    static String format(DateTime date) {
        LocalDateTime t = date.value();
        StringBuilder sb = new StringBuilder(33);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        int ticks = t.getNano() / TICK_NANOS;
        if (ticks != 0) {
            String fraction = String.format("%07d", ticks);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(fraction, 0, end);
        }
        return switch (date.kind()) {
            case Utc -> sb.append('Z').toString();
            case Local -> appendOffset(sb, ZoneId.systemDefault().getRules().getOffset(t)).toString();
            case Unspecified -> sb.toString();
        };
    }

    private static StringBuilder appendOffset(StringBuilder sb, ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        sb.append(seconds < 0 ? '-' : '+');
        int minutes = Math.abs(seconds) / 60;
        pad(sb, minutes / 60, 2).append(':');
        return pad(sb, minutes % 60, 2);
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(text);
    }

    /** The DateTime {@code text} stands for, converted as {@code kind} says, or null when it is no date. */
    static Object parse(String text, JsonDateKind kind) {
        if (kind == JsonDateKind.String) {
            return null;
        }
        if (text.startsWith("/Date(")) {
            return microsoft(text, kind);
        }
        if (text.length() < 19 || text.charAt(10) != 'T' || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return null;
        }
        LocalDateTime t;
        try {
            t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), m.group(7) == null ? 0
                            : Integer.parseInt((m.group(7) + "000000").substring(0, 7)) * TICK_NANOS);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        String zone = m.group(8);
        if (kind == JsonDateKind.Offset) {
            ZoneOffset offset = zone == null ? ZoneId.systemDefault().getRules().getOffset(t)
                    : zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetMinutes(zone) * 60);
            return new DateTimeOffset(t.atOffset(offset));
        }
        if (zone == null) {
            return convert(new DateTime(t, DateTimeKind.Unspecified), kind);
        }
        if (zone.equals("Z")) {
            return convert(new DateTime(t, DateTimeKind.Utc), kind);
        }
        LocalDateTime utc = t.minusMinutes(offsetMinutes(zone));
        return convert(new DateTime(utc, DateTimeKind.Utc).ToLocalTime(), kind);
    }

    /** The signed minutes of an offset suffix ({@code +04:00}, {@code -0430}, {@code +02}). */
    private static int offsetMinutes(String zone) {
        String digits = zone.replace(":", "");
        int minutes = Integer.parseInt(digits.substring(1, 3)) * 60
                + (digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0);
        return zone.charAt(0) == '-' ? -minutes : minutes;
    }

    private static Object microsoft(String text, JsonDateKind kind) {
        Matcher m = MICROSOFT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        LocalDateTime utc;
        try {
            utc = LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(m.group(1))), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
        if (kind == JsonDateKind.Offset) {
            return new DateTimeOffset(utc.atOffset(ZoneOffset.UTC).withOffsetSameInstant(m.group(2) == null
                    ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetMinutes(m.group(2)) * 60)));
        }
        DateTime date = new DateTime(utc, DateTimeKind.Utc);
        return convert(m.group(2) == null ? date : date.ToLocalTime(), kind);
    }

    /** A date read with -DateKind Local or Utc: an unspecified time is taken to be of that kind, others converted. */
    private static DateTime convert(DateTime date, JsonDateKind kind) {
        return switch (kind) {
            case Local -> date.kind() == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Local)
                    : date.ToLocalTime();
            case Utc -> date.kind() == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
                    : date.ToUniversalTime();
            default -> date;
        };
    }
}
