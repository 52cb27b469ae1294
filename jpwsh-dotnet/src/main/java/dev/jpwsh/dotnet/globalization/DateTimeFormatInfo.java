package dev.jpwsh.dotnet.globalization;

import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * System.Globalization.DateTimeFormatInfo: a culture's date patterns, names and separators
 * ({@code $culture.DateTimeFormat}); read-only. Name lists are arrays as in .NET, month lists with a thirteenth,
 * empty name.
 */
@DotNetName("System.Globalization.DateTimeFormatInfo")
public final class DateTimeFormatInfo {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    private final FormatCulture culture;

    DateTimeFormatInfo(FormatCulture culture) {
        this.culture = culture;
    }

    FormatCulture culture() {
        return culture;
    }

    public static DateTimeFormatInfo getInvariantInfo() {
        return new DateTimeFormatInfo(FormatCulture.invariant());
    }

    public static DateTimeFormatInfo getCurrentInfo() {
        return new DateTimeFormatInfo(FormatCulture.current());
    }

    private FormatCulture.Dates d() {
        return culture.dates();
    }

    public boolean getIsReadOnly() {
        return true;
    }

    public String getShortDatePattern() {
        return d().shortDatePattern();
    }

    public String getLongDatePattern() {
        return d().longDatePattern();
    }

    public String getShortTimePattern() {
        return d().shortTimePattern();
    }

    public String getLongTimePattern() {
        return d().longTimePattern();
    }

    public String getFullDateTimePattern() {
        return d().fullDateTimePattern();
    }

    public String getMonthDayPattern() {
        return d().monthDayPattern();
    }

    public String getYearMonthPattern() {
        return d().yearMonthPattern();
    }

    public String getRFC1123Pattern() {
        return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
    }

    public String getSortableDateTimePattern() {
        return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
    }

    public String getUniversalSortableDateTimePattern() {
        return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
    }

    public String getAMDesignator() {
        return d().amDesignator();
    }

    public String getPMDesignator() {
        return d().pmDesignator();
    }

    public String getDateSeparator() {
        return d().dateSeparator();
    }

    public String getTimeSeparator() {
        return d().timeSeparator();
    }

    /** System.DayOfWeek's name of the week's first day. */
    public String getFirstDayOfWeek() {
        return DAYS[d().firstDayOfWeek()];
    }

    public String[] getDayNames() {
        return d().dayNames().toArray(String[]::new);
    }

    public String[] getAbbreviatedDayNames() {
        return d().abbreviatedDayNames().toArray(String[]::new);
    }

    public String[] getMonthNames() {
        return thirteen(d().monthNames());
    }

    public String[] getAbbreviatedMonthNames() {
        return thirteen(d().abbreviatedMonthNames());
    }

    private static String[] thirteen(List<String> months) {
        String[] names = months.toArray(new String[13]);
        names[12] = "";
        return names;
    }

    public String GetDayName(Object day) {
        return d().dayNames().get(dayIndex(day));
    }

    public String GetAbbreviatedDayName(Object day) {
        return d().abbreviatedDayNames().get(dayIndex(day));
    }

    public String GetMonthName(int month) {
        return d().monthNames().get(month - 1);
    }

    public String GetAbbreviatedMonthName(int month) {
        return d().abbreviatedMonthNames().get(month - 1);
    }

    private static int dayIndex(Object day) {
        if (day instanceof Number n) {
            return n.intValue();
        }
        return List.of(DAYS).indexOf(String.valueOf(day));
    }

    @Override
    public String toString() {
        return "System.Globalization.DateTimeFormatInfo";
    }
}
