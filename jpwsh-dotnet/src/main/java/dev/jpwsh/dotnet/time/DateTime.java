package dev.jpwsh.dotnet.time;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.OperatorOverloads;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** System.DateTime: a local date and time with .NET's members; its text is the invariant-culture form. */
@DotNetName("System.DateTime")
public record DateTime(LocalDateTime value) implements OperatorOverloads, Comparable<DateTime>,
        dev.jpwsh.runtime.ops.Formattable {
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

    /** {@code [datetime]::ParseExact(text, format, culture)}: a .NET custom format. */
    public static DateTime ParseExact(String text, String format, Object culture) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(format, Locale.ROOT);
        java.time.temporal.TemporalAccessor parsed = f.parse(text.strip());
        if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return new DateTime(LocalDateTime.from(parsed));
        }
        return new DateTime(java.time.LocalDate.from(parsed).atStartOfDay());
    }

    public DateTime getDate() {
        return new DateTime(value.toLocalDate().atStartOfDay());
    }

    /** {@code [datetime]'2024-03-05T10:30:00'} and other invariant forms; month, day and hour may have one digit. */
    public static DateTime Parse(String text) {
        String t = text.strip();
        for (String pattern : new String[] {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy H:mm:ss",
                "yyyy-MM-dd'T'HH:mm"}) {
            try {
                return new DateTime(LocalDateTime.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ROOT)));
            } catch (java.time.format.DateTimeParseException next) {
                // try the next form
            }
        }
        for (String pattern : new String[] {"yyyy-MM-dd", "M/d/yyyy"}) {
            try {
                return new DateTime(java.time.LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ROOT))
                        .atStartOfDay());
            } catch (java.time.format.DateTimeParseException next) {
                // try the next form
            }
        }
        throw notADate(text);
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
        return ToString(format);
    }

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss", Locale.ROOT);

    public static DateTime getNow() {
        return new DateTime(LocalDateTime.now());
    }

    public static DateTime getToday() {
        return new DateTime(LocalDateTime.now().toLocalDate().atStartOfDay());
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

    public DateTime AddSeconds(double seconds) {
        return new DateTime(value.plusNanos((long) (seconds * 1e9)));
    }

    public DateTime AddMilliseconds(double ms) {
        return new DateTime(value.plusNanos((long) (ms * 1e6)));
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
        return new DateTime(value.plusMonths(months));
    }

    public DateTime AddYears(int years) {
        return new DateTime(value.plusYears(years));
    }

    /** A .NET custom format such as {@code yyyy-MM-dd HH:mm:ss}. */
    public String ToString(String format) {
        String pattern = switch (format) {
            case "d" -> "MM/dd/yyyy";
            case "s" -> "yyyy-MM-dd'T'HH:mm:ss";
            case "o", "O" -> "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS";
            case "t" -> "HH:mm";
            case "T" -> "HH:mm:ss";
            default -> format.replace("tt", "a").replace("fffffff", "SSSSSSS").replace("fff", "SSS")
                    .replace("ff", "SS");
        };
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(value);
    }

    @Override
    public Object add(Object right) {
        return right instanceof TimeSpan t ? new DateTime(value.plus(t.duration())) : null;
    }

    @Override
    public Object subtract(Object right) {
        return switch (right) {
            case DateTime d -> new TimeSpan(Duration.between(d.value, value));
            case TimeSpan t -> new DateTime(value.minus(t.duration()));
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
