package dev.jpwsh.dotnet.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DateTime.Parse with the invariant culture, for the forms scripts write: ISO dates ({@code 2024-3-5},
 * {@code 2024-03-05T10:30:00.25Z}), {@code M/d/yyyy} with an optional 12- or 24-hour time, month names
 * ({@code Jan 1, 2020}, {@code 1 January 2020}, {@code Tue, 05 Mar 2024 14:07:09 GMT}) and a time alone (today).
 * A trailing {@code Z}, {@code GMT} or offset makes a local time, as .NET converts it.
 */
final class DateTimeParser {
    private static final String TIME = "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,7}))?)?\\s*([AaPp][Mm])?";
    private static final String ZONE = "\\s*(Z|z|GMT|UTC|[+-]\\d{1,2}(?::?\\d{2})?)?";
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final String DAY_NAME = "(?:[A-Za-z]{3,9},?\\s+)?";
    private static final Pattern ISO = Pattern.compile("(\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[T ]" + TIME + ")?" + ZONE);
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{1,4})(?:\\s+" + TIME + ")?" + ZONE);
    private static final Pattern MONTH_FIRST = Pattern.compile(DAY_NAME + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{1,4})"
            + "(?:\\s+" + TIME + ")?" + ZONE);
    private static final Pattern DAY_FIRST = Pattern.compile(DAY_NAME + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{1,4})"
            + "(?:\\s+" + TIME + ")?" + ZONE);
    private static final Pattern TIME_ONLY = Pattern.compile(TIME + ZONE);

    private DateTimeParser() {
    }

    /** The date {@code text} names, or null when no form reads it. */
    static DateTime parse(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return build(m, year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 4);
        }
        if ((m = US.matcher(t)).matches()) {
            return build(m, year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 4);
        }
        if ((m = MONTH_FIRST.matcher(t)).matches() && month(m.group(1)) > 0) {
            return build(m, year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), 4);
        }
        if ((m = DAY_FIRST.matcher(t)).matches() && month(m.group(2)) > 0) {
            return build(m, year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), 4);
        }
        if ((m = TIME_ONLY.matcher(t)).matches()) {
            LocalDate today = LocalDate.now();
            return build(m, today.getYear(), today.getMonthValue(), today.getDayOfMonth(), 1);
        }
        return null;
    }

    /** A one- or two-digit year is in the century .NET picks (up to 2049); more digits are the year. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() <= 2 ? (y <= 49 ? 2000 + y : 1900 + y) : y;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            String full = dev.jpwsh.runtime.format.DateFormatter.monthName(i + 1).toLowerCase(Locale.ROOT);
            if (n.equals(full) || n.length() == 3 && full.startsWith(n) || n.equals("sept") && i == 8) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The date with the time groups that start at {@code first} (hour, minute, second, fraction, AM/PM, zone). */
    private static DateTime build(Matcher m, int year, int month, int day, int first) {
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(first) != null) {
            int hour = Integer.parseInt(m.group(first));
            String half = m.group(first + 4);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (half.equalsIgnoreCase("PM") ? 12 : 0);
            }
            int second = m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2));
            int nanos = m.group(first + 3) == null ? 0 : Integer.parseInt((m.group(first + 3) + "00000000")
                    .substring(0, 9));
            try {
                time = LocalTime.of(hour, Integer.parseInt(m.group(first + 1)), second, nanos);
            } catch (java.time.DateTimeException outOfRange) {
                return null;
            }
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(LocalDate.of(year, month, day), time);
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
        String zone = m.group(first + 5);
        if (zone == null) {
            return new DateTime(local);
        }
        ZoneOffset offset = zone.equalsIgnoreCase("Z") || zone.equals("GMT") || zone.equals("UTC") ? ZoneOffset.UTC
                : ZoneOffset.of(zone);
        LocalDateTime converted = local.atOffset(offset).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        return new DateTime(converted, DateTime.DateTimeKind.Local);
    }
}
