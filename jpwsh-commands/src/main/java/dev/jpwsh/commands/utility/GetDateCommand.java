package dev.jpwsh.commands.utility;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.CompositeFormat;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * Get-Date: the current date and time (or -Date, -UnixTimeSeconds) with any of -Year ... -Millisecond replaced, as
 * a DateTime, or its text in a .NET -Format (also FileDate, FileDateUniversal, FileDateTime, FileDateTimeUniversal)
 * or a Unix -UFormat.
 */
@dev.jpwsh.engine.command.OutputType({"System.String", "System.DateTime"})
@DotNetName("Microsoft.PowerShell.Commands.GetDateCommand")
@DefaultParameterSet("DateAndFormat")
public final class GetDateCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            aliases = {"LastWriteTime"})
    private DateTime date;

    @Parameter
    private Long unixTimeSeconds;

    @Parameter(parameterSetName = "DateAndFormat")
    private String format;

    @Parameter(parameterSetName = "DateAndUFormat", mandatory = true)
    private String uFormat;

    @Parameter
    private Integer year;

    @Parameter
    private Integer month;

    @Parameter
    private Integer day;

    @Parameter
    private Integer hour;

    @Parameter
    private Integer minute;

    @Parameter
    private Integer second;

    @Parameter
    private Integer millisecond;

    @Parameter
    private boolean asUTC;

    /** Accepted as pwsh does; the date's display does not yet vary with it. */
    @Parameter
    private String displayHint;

    @Override
    protected void processRecord() {
        DateTime result = adjusted(start());
        if (asUTC) {
            result = result.ToUniversalTime();
        }
        if (uFormat != null) {
            writeObject(uFormat(result));
        } else if (format != null) {
            writeObject(named(result, format));
        } else {
            writeObject(result);
        }
    }

    private DateTime start() {
        if (date != null) {
            return date;
        }
        if (unixTimeSeconds != null) {
            return new DateTime(LocalDateTime.ofEpochSecond(unixTimeSeconds, 0, java.time.ZoneOffset.UTC),
                    DateTime.DateTimeKind.Utc).ToLocalTime();
        }
        return DateTime.getNow();
    }

    private DateTime adjusted(DateTime start) {
        LocalDateTime t = start.value();
        t = year == null ? t : t.plusYears(year - t.getYear());
        t = month == null ? t : t.plusMonths(month - t.getMonthValue());
        t = day == null ? t : t.plusDays(day - t.getDayOfMonth());
        t = hour == null ? t : t.plusHours(hour - t.getHour());
        t = minute == null ? t : t.plusMinutes(minute - t.getMinute());
        t = second == null ? t : t.plusSeconds(second - t.getSecond());
        if (millisecond != null) {
            t = t.withNano(millisecond * 1_000_000);
        }
        return new DateTime(t, start.kind());
    }

    /** pwsh's file-name forms of -Format, else the .NET format itself. */
    private static String named(DateTime d, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "filedate" -> d.ToString("yyyyMMdd");
            case "filedateuniversal" -> d.ToUniversalTime().ToString("yyyyMMddZ");
            case "filedatetime" -> d.ToString("yyyyMMddTHHmmssffff");
            case "filedatetimeuniversal" -> d.ToUniversalTime().ToString("yyyyMMddTHHmmssffffZ");
            default -> d.ToString(format);
        };
    }

    /**
     * The Unix-style {@code -UFormat} specifiers ({@code %Y-%m-%d}), built into a composite format over the date as
     * pwsh does (so a literal brace is a format error there too); an unknown {@code %x} writes x.
     */
    private String uFormat(DateTime d) {
        LocalDateTime t = d.value();
        StringBuilder sb = new StringBuilder();
        for (int i = uFormat.startsWith("+") ? 1 : 0; i < uFormat.length(); i++) {
            char c = uFormat.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (++i >= uFormat.length()) {
                break;
            }
            int isoYear = t.get(IsoFields.WEEK_BASED_YEAR);
            int weekday = t.getDayOfWeek().getValue();
            sb.append(switch (uFormat.charAt(i)) {
                case 'A' -> "{0:dddd}";
                case 'a' -> "{0:ddd}";
                case 'B' -> "{0:MMMM}";
                case 'b', 'h' -> "{0:MMM}";
                case 'C' -> String.valueOf(t.getYear() / 100);
                case 'c' -> "{0:ddd} {0:dd} {0:MMM} {0:yyyy} {0:HH}:{0:mm}:{0:ss}";
                case 'D', 'x' -> "{0:MM/dd/yy}";
                case 'd' -> "{0:dd}";
                case 'e' -> String.format("%2d", t.getDayOfMonth());
                case 'F' -> "{0:yyyy}-{0:MM}-{0:dd}";
                case 'G' -> String.format("%04d", isoYear);
                case 'g' -> String.format("%02d", isoYear % 100);
                case 'H' -> "{0:HH}";
                case 'I' -> "{0:hh}";
                case 'j' -> String.format("%03d", t.getDayOfYear());
                case 'k' -> String.format("%2d", t.getHour());
                case 'l' -> "{0,2:%h}";
                case 'M' -> "{0:mm}";
                case 'm' -> "{0:MM}";
                case 'n' -> "\n";
                case 'p' -> "{0:tt}";
                case 'R' -> "{0:HH:mm}";
                case 'r' -> "{0:hh:mm:ss tt}";
                case 'S' -> "{0:ss}";
                case 's' -> String.valueOf(Math.round(d.ToUniversalTime().value()
                        .toEpochSecond(java.time.ZoneOffset.UTC) + d.value().getNano() / 1e9));
                case 'T', 'X' -> "{0:HH:mm:ss}";
                case 't' -> "\t";
                case 'U', 'W' -> String.valueOf(t.getDayOfYear() / 7);
                case 'u' -> String.valueOf(weekday);
                case 'V' -> String.format("%02d", t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case 'w' -> String.valueOf(weekday % 7);
                case 'Y' -> "{0:yyyy}";
                case 'y' -> "{0:yy}";
                case 'Z' -> "{0:zz}";
                default -> String.valueOf(uFormat.charAt(i));
            });
        }
        return CompositeFormat.format(sb.toString(), List.of(d));
    }
}
