package dev.jpwsh.engine.serialization;

import dev.jpwsh.dotnet.time.DateTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DateTime as XmlConvert writes it with RoundtripKind: {@code 2024-01-02T03:04:05.1234567} plus {@code Z} for UTC,
 * the local offset for a local time and nothing for an unspecified one; read back to the same kind. Stateless.
 */
final class XmlDates {
    private static final Pattern TEXT = Pattern.compile(
            "(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,7}))?(Z|[+-]\\d\\d:\\d\\d)?");

    private XmlDates() {
    }

    static String format(DateTime date) {
        LocalDateTime v = date.value();
        StringBuilder out = new StringBuilder(33);
        pad(out, v.getYear(), 4).append('-');
        pad(out, v.getMonthValue(), 2).append('-');
        pad(out, v.getDayOfMonth(), 2).append('T');
        pad(out, v.getHour(), 2).append(':');
        pad(out, v.getMinute(), 2).append(':');
        pad(out, v.getSecond(), 2);
        int ticks = v.getNano() / 100;
        if (ticks != 0) {
            StringBuilder fraction = pad(new StringBuilder(), ticks, 7);
            while (fraction.charAt(fraction.length() - 1) == '0') {
                fraction.setLength(fraction.length() - 1);
            }
            out.append('.').append(fraction);
        }
        switch (date.kind()) {
            case Utc -> out.append('Z');
            case Local -> offset(out, ZoneId.systemDefault().getRules().getOffset(v));
            default -> {
            }
        }
        return out.toString();
    }

    private static void offset(StringBuilder out, ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        out.append(seconds < 0 ? '-' : '+');
        seconds = Math.abs(seconds);
        pad(out, seconds / 3600, 2).append(':');
        pad(out, seconds / 60 % 60, 2);
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    static DateTime parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("The string '" + text + "' is not a valid AllXsd value.");
        }
        String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000").substring(0, 7);
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)), Integer.parseInt(fraction) * 100);
        String zone = m.group(8);
        if (zone == null) {
            return new DateTime(local, DateTime.DateTimeKind.Unspecified);
        }
        if (zone.equals("Z")) {
            return new DateTime(local, DateTime.DateTimeKind.Utc);
        }
        LocalDateTime inLocalZone = OffsetDateTime.of(local, ZoneOffset.of(zone))
                .atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        return new DateTime(inLocalZone, DateTime.DateTimeKind.Local);
    }
}
