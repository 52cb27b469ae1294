package dev.jpwsh.runtime.format;

import java.time.Duration;

/**
 * A time span's {@code ToString(format)} as .NET writes it: the standard {@code c} (also {@code t}, {@code T}),
 * {@code g} and {@code G}, or a custom pattern of {@code d h hh m mm s ss f F} where every other character must be
 * quoted or escaped.
 */
public final class TimeSpanFormatter {
    private TimeSpanFormatter() {
    }

    public static String format(Duration span, String format) {
        if (format == null || format.isEmpty()) {
            format = "c";
        }
        Duration d = span.abs();
        String sign = span.isNegative() ? "-" : "";
        long days = d.toDays();
        long ticks = d.toNanos() % 1_000_000_000L / 100;
        String hms = two(d.toHoursPart()) + ":" + two(d.toMinutesPart()) + ":" + two(d.toSecondsPart());
        return switch (format) {
            case "c", "t", "T" -> sign + (days > 0 ? days + "." : "") + hms
                    + (ticks > 0 ? "." + seven(ticks) : "");
            case "g" -> sign + (days > 0 ? days + ":" : "") + d.toHoursPart() + hms.substring(2)
                    + (ticks > 0 ? "." + seven(ticks).replaceFirst("0+$", "") : "");
            case "G" -> sign + days + ":" + hms + "." + seven(ticks);
            default -> {
                if (format.length() == 1) {
                    throw DateFormatter.badFormat();
                }
                yield custom(d, format);
            }
        };
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String seven(long ticks) {
        String s = Long.toString(ticks);
        return "0".repeat(7 - s.length()) + s;
    }

    private static String custom(Duration d, String format) {
        StringBuilder out = new StringBuilder();
        long ticks = d.toNanos() % 1_000_000_000L / 100;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = 1;
            while (i + n < format.length() && format.charAt(i + n) == c && "dhmsfF".indexOf(c) >= 0) {
                n++;
            }
            switch (c) {
                case 'd' -> {
                    if (n > 8) {
                        throw DateFormatter.badFormat();
                    }
                    String days = Long.toString(d.toDays());
                    out.append(days.length() < n ? "0".repeat(n - days.length()) + days : days);
                }
                case 'h', 'm', 's' -> {
                    if (n > 2) {
                        throw DateFormatter.badFormat();
                    }
                    int value = c == 'h' ? d.toHoursPart() : c == 'm' ? d.toMinutesPart() : d.toSecondsPart();
                    out.append(n == 2 ? two(value) : Integer.toString(value));
                }
                case 'f', 'F' -> {
                    if (n > 7) {
                        throw DateFormatter.badFormat();
                    }
                    String digits = seven(ticks).substring(0, n);
                    out.append(c == 'F' ? digits.replaceFirst("0+$", "") : digits);
                }
                case '\'', '"' -> {
                    int close = format.indexOf(c, i + 1);
                    if (close < 0) {
                        throw DateFormatter.badFormat();
                    }
                    out.append(format, i + 1, close);
                    n = close + 1 - i;
                }
                case '\\' -> {
                    if (i + 1 >= format.length()) {
                        throw DateFormatter.badFormat();
                    }
                    out.append(format.charAt(i + 1));
                    n = 2;
                }
                case '%' -> {
                    if (i + 1 >= format.length()) {
                        throw DateFormatter.badFormat();
                    }
                }
                default -> throw DateFormatter.badFormat();
            }
            i += n;
        }
        return out.toString();
    }
}
