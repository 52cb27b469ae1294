package dev.jpwsh.runtime.format;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A date's {@code ToString(format)} as .NET writes it with the invariant culture. A one-character format is a
 * standard one (d D f F g G M O R s t T u U Y); longer ones are custom patterns of {@code yyyy MM dd HH hh mm ss
 * fff FFF tt K zzz ddd MMMM g}, with {@code ':'} and {@code '/'} separators, quoted literals, {@code \c} and
 * {@code %c}.
 */
public final class DateFormatter {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private DateFormatter() {
    }

    /** The invariant culture's name of month {@code month} (1 to 12). */
    public static String monthName(int month) {
        return MONTHS[month - 1];
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
        if (format == null || format.isEmpty()) {
            format = "G";
        }
        if (format.length() == 1) {
            return standard(time, offset, kind, format.charAt(0));
        }
        return custom(time, offset, kind, format);
    }

    static NumberFormatException badFormat() {
        return new NumberFormatException("Input string was not in a correct format.");
    }

    private static String standard(LocalDateTime time, ZoneOffset offset, Kind kind, char specifier) {
        return switch (specifier) {
            case 'd' -> custom(time, offset, kind, "MM/dd/yyyy");
            case 'D' -> custom(time, offset, kind, "dddd, dd MMMM yyyy");
            case 'f' -> custom(time, offset, kind, "dddd, dd MMMM yyyy HH:mm");
            case 'F' -> custom(time, offset, kind, "dddd, dd MMMM yyyy HH:mm:ss");
            case 'g' -> custom(time, offset, kind, "MM/dd/yyyy HH:mm");
            case 'G' -> custom(time, offset, kind, "MM/dd/yyyy HH:mm:ss");
            case 'm', 'M' -> custom(time, offset, kind, "MMMM dd");
            case 'o', 'O' -> custom(time, offset, kind, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK");
            case 'r', 'R' -> custom(kind == Kind.OFFSET ? time.minusSeconds(offset.getTotalSeconds()) : time, offset,
                    kind, "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'");
            case 's' -> custom(time, offset, kind, "yyyy'-'MM'-'dd'T'HH':'mm':'ss");
            case 't' -> custom(time, offset, kind, "HH:mm");
            case 'T' -> custom(time, offset, kind, "HH:mm:ss");
            case 'u' -> custom(kind == Kind.OFFSET ? time.minusSeconds(offset.getTotalSeconds()) : time, offset,
                    kind, "yyyy'-'MM'-'dd HH':'mm':'ss'Z'");
            case 'U' -> custom(kind == Kind.UTC ? time : time.minusSeconds(offset.getTotalSeconds()), offset, kind,
                    "dddd, dd MMMM yyyy HH:mm:ss");
            case 'y', 'Y' -> custom(time, offset, kind, "yyyy MMMM");
            default -> throw badFormat();
        };
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

    private static String custom(LocalDateTime t, ZoneOffset offset, Kind kind, String format) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = run(format, i);
            switch (c) {
                case 'y' -> out.append(n <= 2 ? pad(t.getYear() % 100, n) : pad(t.getYear(), n));
                case 'M' -> out.append(n <= 2 ? pad(t.getMonthValue(), n) : n == 3
                        ? MONTHS[t.getMonthValue() - 1].substring(0, 3) : MONTHS[t.getMonthValue() - 1]);
                case 'd' -> {
                    String day = DAYS[t.getDayOfWeek().getValue() - 1];
                    out.append(n <= 2 ? pad(t.getDayOfMonth(), n) : n == 3 ? day.substring(0, 3) : day);
                }
                case 'h' -> out.append(pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, Math.min(n, 2)));
                case 'H' -> out.append(pad(t.getHour(), Math.min(n, 2)));
                case 'm' -> out.append(pad(t.getMinute(), Math.min(n, 2)));
                case 's' -> out.append(pad(t.getSecond(), Math.min(n, 2)));
                case 'f', 'F' -> fraction(out, t.getNano() / 100, n, c == 'F');
                case 't' -> out.append(n == 1 ? (t.getHour() < 12 ? "A" : "P") : t.getHour() < 12 ? "AM" : "PM");
                case 'g' -> out.append("A.D.");
                case 'K' -> {
                    out.append(kind == Kind.UTC ? "Z" : kind == Kind.UNSPECIFIED ? "" : offsetText(offset, 3));
                    n = 1;
                }
                case 'z' -> out.append(offsetText(offset, Math.min(n, 3)));
                case ':' -> out.append(':');
                case '/' -> out.append('/');
                case '\'', '"' -> {
                    int close = format.indexOf(c, i + 1);
                    if (close < 0) {
                        throw badFormat();
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
