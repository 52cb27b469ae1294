package dev.jpwsh.runtime.format;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A date's {@code ToString(format, culture)} as .NET writes it. A one-character format is a standard one
 * (d D f F g G M O R s t T u U Y: the culture's patterns, or fixed ones for O R s u); longer ones are custom
 * patterns of {@code yyyy MM dd HH hh mm ss fff FFF tt K zzz ddd MMMM g}, with the culture's {@code ':'} and
 * {@code '/'} separators, day and month names and AM/PM designators, quoted literals, {@code \c} and {@code %c}.
 */
public final class DateFormatter {
    private DateFormatter() {
    }

    /** The invariant culture's name of month {@code month} (1 to 12). */
    public static String monthName(int month) {
        return FormatCulture.invariant().dates().monthNames().get(month - 1);
    }

    /** What a date is relative to UTC: its offset, and whether K writes {@code Z}, the offset, or nothing. */
    public enum Kind {
        UNSPECIFIED, UTC, LOCAL, OFFSET
    }

    /**
     * {@code time.ToString(format)}: {@code offset} is the date's offset from UTC (a DateTime's local zone's, for
     * {@code z}), {@code kind} says what {@code K} writes; null or empty is the general format G.
     */
    public static String format(LocalDateTime time, ZoneOffset offset, Kind kind, String format) {
        return format(time, offset, kind, format, FormatCulture.invariant());
    }

    /** {@code time.ToString(format, culture)}. */
    public static String format(LocalDateTime time, ZoneOffset offset, Kind kind, String format,
            FormatCulture culture) {
        if (format == null || format.isEmpty()) {
            format = "G";
        }
        if (format.length() == 1) {
            return standard(time, offset, kind, format.charAt(0), culture);
        }
        return custom(time, offset, kind, format, culture.dates());
    }

    /** The pattern a standard specifier stands for in the culture, or null for a fixed or unknown one. */
    public static String standardPattern(char specifier, FormatCulture.Dates d) {
        return switch (specifier) {
            case 'd' -> d.shortDatePattern();
            case 'D' -> d.longDatePattern();
            case 'f' -> d.longDatePattern() + " " + d.shortTimePattern();
            case 'F', 'U' -> d.fullDateTimePattern();
            case 'g' -> d.shortDatePattern() + " " + d.shortTimePattern();
            case 'G' -> d.shortDatePattern() + " " + d.longTimePattern();
            case 'm', 'M' -> d.monthDayPattern();
            case 'o', 'O' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
            case 'r', 'R' -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
            case 's' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
            case 't' -> d.shortTimePattern();
            case 'T' -> d.longTimePattern();
            case 'u' -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
            case 'y', 'Y' -> d.yearMonthPattern();
            default -> null;
        };
    }

    static NumberFormatException badFormat() {
        return new NumberFormatException("Input string was not in a correct format.");
    }

    private static String standard(LocalDateTime time, ZoneOffset offset, Kind kind, char specifier,
            FormatCulture culture) {
        String pattern = standardPattern(specifier, culture.dates());
        if (pattern == null) {
            throw badFormat();
        }
        boolean fixed = "oOrRsu".indexOf(specifier) >= 0;
        FormatCulture.Dates dates = fixed ? FormatCulture.invariant().dates() : culture.dates();
        LocalDateTime t = switch (specifier) {
            case 'r', 'R', 'u' -> kind == Kind.OFFSET ? time.minusSeconds(offset.getTotalSeconds()) : time;
            case 'U' -> kind == Kind.UTC ? time : time.minusSeconds(offset.getTotalSeconds());
            default -> time;
        };
        return custom(t, offset, kind, pattern, dates);
    }

    private static int run(String format, int at) {
        int end = at;
        while (end < format.length() && format.charAt(end) == format.charAt(at)) {
            end++;
        }
        return end - at;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(Math.abs(value));
        return (value < 0 ? "-" : "") + (s.length() < width ? "0".repeat(width - s.length()) + s : s);
    }

    private static String custom(LocalDateTime t, ZoneOffset offset, Kind kind, String format,
            FormatCulture.Dates names) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = run(format, i);
            switch (c) {
                case 'y' -> out.append(n <= 2 ? pad(t.getYear() % 100, n) : pad(t.getYear(), n));
                case 'M' -> out.append(n <= 2 ? pad(t.getMonthValue(), n) : (n == 3 ? names.abbreviatedMonthNames()
                        : names.monthNames()).get(t.getMonthValue() - 1));
                case 'd' -> {
                    int day = t.getDayOfWeek().getValue() % 7;
                    out.append(n <= 2 ? pad(t.getDayOfMonth(), n) : (n == 3 ? names.abbreviatedDayNames()
                            : names.dayNames()).get(day));
                }
                case 'h' -> out.append(pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, Math.min(n, 2)));
                case 'H' -> out.append(pad(t.getHour(), Math.min(n, 2)));
                case 'm' -> out.append(pad(t.getMinute(), Math.min(n, 2)));
                case 's' -> out.append(pad(t.getSecond(), Math.min(n, 2)));
                case 'f', 'F' -> fraction(out, t.getNano() / 100, n, c == 'F');
                case 't' -> {
                    String designator = t.getHour() < 12 ? names.amDesignator() : names.pmDesignator();
                    out.append(n == 1 && !designator.isEmpty() ? designator.substring(0, 1) : designator);
                }
                case 'g' -> out.append("A.D.");
                case 'K' -> {
                    out.append(kind == Kind.UTC ? "Z" : kind == Kind.UNSPECIFIED ? "" : offsetText(offset, 3));
                    n = 1;
                }
                case 'z' -> out.append(offsetText(offset, Math.min(n, 3)));
                case ':' -> {
                    out.append(names.timeSeparator());
                    n = 1;
                }
                case '/' -> {
                    out.append(names.dateSeparator());
                    n = 1;
                }
                case '\'', '"' -> {
                    int close = format.indexOf(c, i + 1);
                    if (close < 0) {
                        throw new NumberFormatException("Cannot find a matching quote character for the character '"
                                + c + "'.");
                    }
                    out.append(format, i + 1, close);
                    n = close + 1 - i;
                }
                case '\\' -> {
                    if (i + 1 >= format.length()) {
                        throw badFormat();
                    }
                    out.append(format.charAt(i + 1));
                    n = 2;
                }
                case '%' -> {
                    if (i + 1 >= format.length() || format.charAt(i + 1) == '%') {
                        throw badFormat();
                    }
                    n = 1;
                }
                default -> {
                    out.append(c);
                    n = 1;
                }
            }
            i += n;
        }
        return out.toString();
    }

    /** {@code f}: that many digits of the ticks; {@code F}: without trailing zeros (and without a bare point). */
    private static void fraction(StringBuilder out, int ticks, int digits, boolean trim) {
        if (digits > 7) {
            throw badFormat();
        }
        String s = pad(ticks, 7).substring(0, digits);
        if (trim) {
            s = s.replaceFirst("0+$", "");
            if (s.isEmpty() && !out.isEmpty() && out.charAt(out.length() - 1) == '.') {
                out.setLength(out.length() - 1);
            }
        }
        out.append(s);
    }

    /** {@code z} +h, {@code zz} +hh, {@code zzz} +hh:mm. */
    private static String offsetText(ZoneOffset offset, int width) {
        int seconds = offset.getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) / 60 % 60;
        return switch (width) {
            case 1 -> sign + hours;
            case 2 -> sign + pad(hours, 2);
            default -> sign + pad(hours, 2) + ":" + pad(minutes, 2);
        };
    }
}
