package dev.jpwsh.dotnet.time;

import dev.jpwsh.runtime.format.DateFormatter;
import dev.jpwsh.runtime.format.FormatCulture;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * DateTime.ParseExact: text read against a .NET format, standard ({@code d}, {@code o}, ...: the culture's pattern)
 * or custom ({@code yyyy MM dd HH hh mm ss fff FFF tt zzz K}, month and day names, {@code :} and {@code /} as the
 * culture's separators, quoted literals, {@code \c}, {@code %c}). {@code MM} takes exactly two digits, {@code M}
 * one or two, as .NET reads them; a {@code lenient} parse (DateTime.Parse with a culture) lets both take one or
 * two. A missing date is today, a missing year this year. One parser per call.
 */
final class ExactDateParser {
    /** What the text named: the local date and time, and the offset when it had one. */
    record Parsed(LocalDateTime time, ZoneOffset offset) {
    }

    private final String text;
    private final FormatCulture.Dates names;
    private final boolean lenient;
    private int at;
    private int year = -1;
    private int month = -1;
    private int day = -1;
    private int hour;
    private int minute;
    private int second;
    private int nanos;
    private int half = -1;
    private ZoneOffset offset;

    private ExactDateParser(String text, FormatCulture culture, boolean lenient) {
        this.text = text;
        this.names = culture.dates();
        this.lenient = lenient;
    }

    /**
     * The date {@code text} names in {@code format}, or null when it does not match.
     * @throws DateTimeException for matching text whose date does not exist (month 13, February 30)
     * @throws NumberFormatException .NET's FormatException for a format that is no format
     */
    static Parsed parse(String text, String format, FormatCulture culture, boolean lenient) {
        if (format == null || format.isEmpty()) {
            throw new NumberFormatException("Format specifier was invalid.");
        }
        String pattern = format;
        if (format.length() == 1) {
            pattern = DateFormatter.standardPattern(format.charAt(0), culture.dates());
            if (pattern == null) {
                throw new NumberFormatException("Input string was not in a correct format.");
            }
            if ("oOrRsu".indexOf(format.charAt(0)) >= 0) {
                culture = FormatCulture.invariant();
            }
        }
        ExactDateParser p = new ExactDateParser(text.strip(), culture, lenient);
        return p.read(pattern) && p.at == p.text.length() ? p.result() : null;
    }

    /**
     * {@link #parse}, with .NET's FormatException texts for text that does not match or names no date.
     * @throws NumberFormatException the FormatException
     */
    static Parsed parseOrFail(String text, String format, FormatCulture culture, boolean lenient) {
        Parsed parsed;
        try {
            parsed = parse(text, format, culture, lenient);
        } catch (DateTimeException noSuchDate) {
            throw new NumberFormatException("The DateTime represented by the string '" + text
                    + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.");
        }
        if (parsed == null) {
            throw new NumberFormatException("String '" + text + "' was not recognized as a valid DateTime.");
        }
        return parsed;
    }

    private boolean read(String format) {
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = 1;
            while (i + n < format.length() && format.charAt(i + n) == c && "yMdHhmsfFtz".indexOf(c) >= 0) {
                n++;
            }
            boolean ok = switch (c) {
                case 'y' -> (year = n <= 2 ? twoDigitYear(n) : digits(n, n)) >= 0;
                case 'M' -> n <= 2 ? (month = number(n)) >= 0 : (month = name(n == 3
                        ? names.abbreviatedMonthNames() : names.monthNames()) + 1) > 0;
                case 'd' -> n <= 2 ? (day = number(n)) >= 0 : name(n == 3 ? names.abbreviatedDayNames()
                        : names.dayNames()) >= 0;
                case 'H', 'h' -> (hour = number(n)) >= 0;
                case 'm' -> (minute = number(n)) >= 0;
                case 's' -> (second = number(n)) >= 0;
                case 'f', 'F' -> fraction(n, c == 'F');
                case 't' -> designator(n);
                case 'z' -> zone(n);
                case 'K' -> optionalZone();
                case ':' -> literal(names.timeSeparator());
                case '/' -> literal(names.dateSeparator());
                case '\'', '"' -> {
                    int close = format.indexOf(c, i + 1);
                    if (close < 0) {
                        throw new NumberFormatException("Cannot find a matching quote character for the character '"
                                + c + "'.");
                    }
                    n = close + 1 - i;
                    yield literal(format.substring(i + 1, close));
                }
                case '\\', '%' -> {
                    if (i + 1 >= format.length()) {
                        throw new NumberFormatException("Input string was not in a correct format.");
                    }
                    if (c == '%') {
                        n = 1;
                        yield true;
                    }
                    n = 2;
                    yield literal(format.substring(i + 1, i + 2));
                }
                default -> Character.isWhitespace(c) ? whitespace() : literal(String.valueOf(c));
            };
            if (!ok) {
                return false;
            }
            i += n;
        }
        return true;
    }

    private boolean literal(String expected) {
        if (text.regionMatches(true, at, expected, 0, expected.length())) {
            at += expected.length();
            return true;
        }
        return false;
    }

    private boolean whitespace() {
        if (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return true;
        }
        return false;
    }

    /** A one-letter field takes one or two digits; a two-letter one exactly two (one or two when lenient). */
    private int number(int letters) {
        return letters == 1 || lenient ? digits(1, 2) : digits(2, 2);
    }

    private int twoDigitYear(int letters) {
        int y = number(letters);
        return y < 0 ? y : y <= 49 ? 2000 + y : 1900 + y;
    }

    private int digits(int min, int max) {
        int start = at;
        while (at < text.length() && at - start < max && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at - start < min) {
            at = start;
            return -1;
        }
        return Integer.parseInt(text.substring(start, at));
    }

    /** The longest name of {@code list} the text starts with (any letter case): its index, or -1. */
    private int name(List<String> list) {
        int best = -1;
        int length = 0;
        for (int k = 0; k < list.size(); k++) {
            String n = list.get(k);
            if (n.length() > length && text.regionMatches(true, at, n, 0, n.length())) {
                best = k;
                length = n.length();
            }
        }
        at += length;
        return best;
    }

    private boolean fraction(int count, boolean optional) {
        int start = at;
        int value = digits(optional ? 0 : count, count);
        if (value < 0) {
            return false;
        }
        String d = text.substring(start, at);
        nanos = d.isEmpty() ? 0 : Integer.parseInt((d + "000000000").substring(0, 9));
        return true;
    }

    private boolean designator(int letters) {
        for (String d : new String[] {names.amDesignator(), names.pmDesignator()}) {
            String expected = letters == 1 && !d.isEmpty() ? d.substring(0, 1) : d;
            if (!expected.isEmpty() && literal(expected)) {
                half = d.equals(names.amDesignator()) ? 0 : 1;
                return true;
            }
        }
        return false;
    }

    /** {@code z} [+-]h, {@code zz} [+-]hh, {@code zzz} [+-]hh:mm. */
    private boolean zone(int letters) {
        if (at >= text.length() || text.charAt(at) != '+' && text.charAt(at) != '-') {
            return false;
        }
        int sign = text.charAt(at++) == '-' ? -1 : 1;
        int hours = letters == 1 ? digits(1, 2) : digits(2, 2);
        int minutes = 0;
        if (letters >= 3 && (hours < 0 || !literal(":") || (minutes = digits(2, 2)) < 0)) {
            return false;
        }
        if (hours < 0 || hours > 14 || minutes > 59) {
            return false;
        }
        offset = ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        return true;
    }

    /** {@code K}: {@code Z}, an offset, or nothing. */
    private boolean optionalZone() {
        if (literal("Z")) {
            offset = ZoneOffset.UTC;
            return true;
        }
        int start = at;
        if (!zone(3)) {
            at = start;
        }
        return true;
    }

    private Parsed result() {
        LocalDate today = LocalDate.now();
        int h = hour;
        if (half >= 0) {
            if (h > 12) {
                throw new DateTimeException("hour");
            }
            h = h % 12 + half * 12;
        }
        LocalDate date = year < 0 && month < 0 && day < 0 ? today
                : LocalDate.of(year < 0 ? today.getYear() : year, month < 0 ? 1 : month, day < 0 ? 1 : day);
        return new Parsed(LocalDateTime.of(date, java.time.LocalTime.of(h, minute, second, nanos)), offset);
    }
}
