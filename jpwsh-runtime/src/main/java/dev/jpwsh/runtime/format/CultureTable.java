package dev.jpwsh.runtime.format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cultures: the invariant one, en-US, en-GB, de-DE, fr-FR, ja-JP with the values .NET takes from ICU on Linux
 * (which differ from Java's in patterns and symbols), a neutral name ({@code de}) as its main specific culture, and
 * every other locale the JDK knows with values converted from Java's CLDR data.
 */
final class CultureTable {
    private static final List<String> ENGLISH_DAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday");
    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    static final FormatCulture INVARIANT = new FormatCulture("", new FormatCulture.Numbers(".", ",", "-", "+",
            "\u00a4", 2, 0, 0, "%", 0, 0, "\u2030", "NaN", "Infinity", "-Infinity"),
            new FormatCulture.Dates("MM/dd/yyyy", "dddd, dd MMMM yyyy", "HH:mm", "HH:mm:ss", "MMMM dd", "yyyy MMMM",
                    "AM", "PM", "/", ":", ENGLISH_DAYS, abbreviations(ENGLISH_DAYS), ENGLISH_MONTHS,
                    abbreviations(ENGLISH_MONTHS), 0));

    private static final Map<String, FormatCulture> KNOWN = Map.of(
            "en-US", new FormatCulture("en-US", numbers(".", ",", "$", 2, 0, 1, 1, 1),
                    new FormatCulture.Dates("M/d/yyyy", "dddd, MMMM d, yyyy", "h:mm tt", "h:mm:ss tt", "MMMM d",
                            "MMMM yyyy", "AM", "PM", "/", ":", ENGLISH_DAYS, abbreviations(ENGLISH_DAYS),
                            ENGLISH_MONTHS, abbreviations(ENGLISH_MONTHS), 0)),
            "en-GB", new FormatCulture("en-GB", numbers(".", ",", "\u00a3", 2, 0, 1, 1, 1),
                    new FormatCulture.Dates("dd/MM/yyyy", "dddd, d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM",
                            "MMMM yyyy", "am", "pm", "/", ":", ENGLISH_DAYS, abbreviations(ENGLISH_DAYS),
                            ENGLISH_MONTHS, List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept",
                                    "Oct", "Nov", "Dec"), 1)),
            "de-DE", new FormatCulture("de-DE", numbers(",", ".", "\u20ac", 2, 3, 8, 0, 0),
                    new FormatCulture.Dates("dd.MM.yyyy", "dddd, d. MMMM yyyy", "HH:mm", "HH:mm:ss", "d. MMMM",
                            "MMMM yyyy", "AM", "PM", ".", ":", List.of("Sonntag", "Montag", "Dienstag", "Mittwoch",
                                    "Donnerstag", "Freitag", "Samstag"), List.of("So.", "Mo.", "Di.", "Mi.", "Do.",
                                    "Fr.", "Sa."), List.of("Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni",
                                    "Juli", "August", "September", "Oktober", "November", "Dezember"), List.of(
                                    "Jan.", "Feb.", "M\u00e4rz", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                                    "Okt.", "Nov.", "Dez."), 1)),
            "fr-FR", new FormatCulture("fr-FR", numbers(",", "\u202f", "\u20ac", 2, 3, 8, 0, 0),
                    new FormatCulture.Dates("dd/MM/yyyy", "dddd d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM",
                            "MMMM yyyy", "AM", "PM", "/", ":", List.of("dimanche", "lundi", "mardi", "mercredi",
                                    "jeudi", "vendredi", "samedi"), List.of("dim.", "lun.", "mar.", "mer.", "jeu.",
                                    "ven.", "sam."), List.of("janvier", "f\u00e9vrier", "mars", "avril", "mai",
                                    "juin", "juillet", "ao\u00fbt", "septembre", "octobre", "novembre",
                                    "d\u00e9cembre"), List.of("janv.", "f\u00e9vr.", "mars", "avr.", "mai", "juin",
                                    "juil.", "ao\u00fbt", "sept.", "oct.", "nov.", "d\u00e9c."), 1)),
            "ja-JP", new FormatCulture("ja-JP", numbers(".", ",", "\uffe5", 0, 0, 1, 1, 1),
                    new FormatCulture.Dates("yyyy/MM/dd", "yyyy\u5e74M\u6708d\u65e5dddd", "H:mm", "H:mm:ss",
                            "M\u6708d\u65e5", "yyyy\u5e74M\u6708", "\u5348\u524d", "\u5348\u5f8c", "/", ":",
                            List.of("\u65e5\u66dc\u65e5", "\u6708\u66dc\u65e5", "\u706b\u66dc\u65e5",
                                    "\u6c34\u66dc\u65e5", "\u6728\u66dc\u65e5", "\u91d1\u66dc\u65e5",
                                    "\u571f\u66dc\u65e5"), List.of("\u65e5", "\u6708", "\u706b", "\u6c34", "\u6728",
                                    "\u91d1", "\u571f"), japaneseMonths(), japaneseMonths(), 0)));

    /** The specific culture a neutral name stands for when .NET formats with it. */
    private static final Map<String, String> NEUTRAL = Map.of("en", "en-US", "de", "de-DE", "fr", "fr-FR",
            "ja", "ja-JP");

    private static final Map<String, FormatCulture> CONVERTED = new ConcurrentHashMap<>();
    private static volatile List<String> available;
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

    private CultureTable() {
    }

    private static FormatCulture.Numbers numbers(String decimal, String group, String currency, int currencyDigits,
            int currencyPositive, int currencyNegative, int percentPositive, int percentNegative) {
        return new FormatCulture.Numbers(decimal, group, "-", "+", currency, currencyDigits, currencyPositive,
                currencyNegative, "%", percentPositive, percentNegative, "\u2030", "NaN", "\u221e", "-\u221e");
    }

    private static List<String> abbreviations(List<String> names) {
        return names.stream().map(n -> n.substring(0, 3)).toList();
    }

    private static List<String> japaneseMonths() {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(m + "\u6708");
        }
        return List.copyOf(months);
    }

    /** The culture the locale variables name, as .NET on Linux reads LC_ALL, then LC_MESSAGES, then LANG. */
    static FormatCulture fromEnvironment(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                String name = value.replaceFirst("[.@].*$", "").replace('_', '-');
                if (name.equals("C") || name.equals("POSIX")) {
                    return INVARIANT;
                }
                FormatCulture culture = forName(name);
                return culture == null ? INVARIANT : culture;
            }
        }
        return INVARIANT;
    }

    static FormatCulture forName(String name) {
        if (name == null || name.isEmpty() || name.equalsIgnoreCase("iv")) {
            return INVARIANT;
        }
        String canonical = canonical(name);
        if (canonical == null) {
            return null;
        }
        FormatCulture known = KNOWN.get(canonical);
        if (known != null) {
            return known;
        }
        String specific = NEUTRAL.get(canonical);
        if (specific != null) {
            FormatCulture main = KNOWN.get(specific);
            return new FormatCulture(canonical, main.numbers(), main.dates());
        }
        return CONVERTED.computeIfAbsent(canonical, c -> fromJava(Locale.forLanguageTag(c)));
    }

    /** The name as .NET spells it ({@code de-DE} for {@code DE-de}), or null when no culture has it. */
    private static String canonical(String name) {
        if (!name.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return null;
        }
        availableNames();
        return CANONICAL.get(Locale.forLanguageTag(name).toLanguageTag().toLowerCase(Locale.ROOT));
    }

    static List<String> availableNames() {
        List<String> names = available;
        if (names == null) {
            TreeMap<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Locale locale : Locale.getAvailableLocales()) {
                String tag = locale.toLanguageTag();
                if (!tag.equals("und") && locale.getVariant().isEmpty() && !tag.contains("-u-")
                        && !tag.contains("-x-")) {
                    sorted.put(tag, tag);
                }
            }
            KNOWN.keySet().forEach(n -> sorted.put(n, n));
            NEUTRAL.keySet().forEach(n -> sorted.put(n, n));
            names = new ArrayList<>();
            names.add("");
            names.addAll(sorted.values());
            names = List.copyOf(names);
            names.forEach(n -> CANONICAL.put(n.toLowerCase(Locale.ROOT), n));
            available = names;
        }
        return names;
    }

    /** A culture .NET has but this table does not: Java's CLDR values in .NET's terms. */
    private static FormatCulture fromJava(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String currencyPattern = ((DecimalFormat) java.text.NumberFormat.getCurrencyInstance(locale)).toPattern();
        String percentPattern = ((DecimalFormat) java.text.NumberFormat.getPercentInstance(locale)).toPattern();
        boolean symbolFirst = currencyPattern.startsWith("\u00a4");
        boolean currencySpace = currencyPattern.matches(".*(\u00a4[\\s\u00a0\u202f]|[\\s\u00a0\u202f]\u00a4).*");
        int currencyPositive = symbolFirst ? (currencySpace ? 2 : 0) : (currencySpace ? 3 : 1);
        int currencyNegative = symbolFirst ? (currencySpace ? 12 : 1) : (currencySpace ? 8 : 5);
        boolean percentSpace = percentPattern.matches(".*[\\s\u00a0\u202f]%.*");
        FormatCulture.Numbers numbers = new FormatCulture.Numbers(String.valueOf(symbols.getDecimalSeparator()),
                String.valueOf(symbols.getGroupingSeparator()), String.valueOf(symbols.getMinusSign()), "+",
                symbols.getCurrencySymbol(), Math.max(symbols.getCurrency() == null ? 2
                        : symbols.getCurrency().getDefaultFractionDigits(), 0), currencyPositive, currencyNegative,
                String.valueOf(symbols.getPercent()), percentSpace ? 0 : 1, percentSpace ? 0 : 1,
                String.valueOf(symbols.getPerMill()), symbols.getNaN(), symbols.getInfinity(),
                symbols.getMinusSign() + symbols.getInfinity());
        String shortDate = datePattern(FormatStyle.SHORT, null, locale);
        String longDate = datePattern(FormatStyle.FULL, null, locale);
        String shortTime = datePattern(null, FormatStyle.SHORT, locale);
        String longTime = datePattern(null, FormatStyle.MEDIUM, locale);
        java.text.DateFormatSymbols names = java.text.DateFormatSymbols.getInstance(locale);
        String dateSeparator = shortDate.replaceAll("[dMy']", "").isEmpty() ? "/"
                : shortDate.replaceAll("[dMy']", "").substring(0, 1);
        FormatCulture.Dates dates = new FormatCulture.Dates(shortDate, longDate, shortTime, longTime,
                monthDay(locale), "MMMM yyyy", names.getAmPmStrings()[0], names.getAmPmStrings()[1], dateSeparator,
                ":", days(locale, TextStyle.FULL), days(locale, TextStyle.SHORT),
                List.copyOf(Arrays.asList(names.getMonths()).subList(0, 12)),
                List.copyOf(Arrays.asList(names.getShortMonths()).subList(0, 12)),
                java.time.temporal.WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        return new FormatCulture(locale.toLanguageTag(), numbers, dates);
    }

    private static List<String> days(Locale locale, TextStyle style) {
        List<String> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(java.time.DayOfWeek.of(d == 0 ? 7 : d).getDisplayName(style, locale));
        }
        return List.copyOf(days);
    }

    private static String monthDay(Locale locale) {
        String pattern = datePattern(FormatStyle.LONG, null, locale);
        return pattern.replaceAll("[,\\s]*y+[^dM]*", "").strip();
    }

    /** Java's localized pattern in .NET's letters: {@code EEEE} is {@code dddd}, {@code a} is {@code tt}. */
    private static String datePattern(FormatStyle date, FormatStyle time, Locale locale) {
        String javaPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time,
                java.time.chrono.IsoChronology.INSTANCE, locale);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javaPattern.length()) {
            char c = javaPattern.charAt(i);
            int n = 1;
            while (i + n < javaPattern.length() && javaPattern.charAt(i + n) == c) {
                n++;
            }
            if (c == '\'') {
                int close = javaPattern.indexOf('\'', i + 1);
                int end = close < 0 ? javaPattern.length() : close + 1;
                out.append(javaPattern, i, end);
                i = end;
                continue;
            }
            out.append(switch (c) {
                case 'y', 'u' -> n == 2 ? "yy" : "yyyy";
                case 'E' -> n >= 4 ? "dddd" : "ddd";
                case 'L' -> "M".repeat(n);
                case 'a', 'B' -> "tt";
                case 'G', 'z', 'v', 'V', 'O' -> "";
                default -> String.valueOf(c).repeat(n);
            });
            i += n;
        }
        return out.toString().strip();
    }
}
