package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.time.DateTime;

/** Get-Date: the current date and time, or its text in a -Format. */
@DotNetName("Microsoft.PowerShell.Commands.GetDateCommand")
public final class GetDateCommand extends Cmdlet {
    @Parameter(position = 0)
    private DateTime date;

    @Parameter
    private String format;

    @Parameter
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

    @Override
    protected void endProcessing() {
        java.time.LocalDateTime t = (date == null ? DateTime.getNow() : date).value();
        t = t.withYear(year == null ? t.getYear() : year).withMonth(month == null ? t.getMonthValue() : month)
                .withDayOfMonth(day == null ? t.getDayOfMonth() : day).withHour(hour == null ? t.getHour() : hour)
                .withMinute(minute == null ? t.getMinute() : minute)
                .withSecond(second == null ? t.getSecond() : second);
        if (millisecond != null) {
            t = t.withNano(millisecond * 1_000_000);
        }
        DateTime result = new DateTime(t);
        if (uFormat != null) {
            writeObject(uFormat(result));
        } else {
            writeObject(format == null ? result : result.ToString(format));
        }
    }

    /** The Unix-style {@code -UFormat} specifiers ({@code %Y-%m-%d}). */
    private String uFormat(DateTime d) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < uFormat.length(); i++) {
            char c = uFormat.charAt(i);
            if (c != '%' || i + 1 >= uFormat.length()) {
                out.append(c);
                continue;
            }
            char spec = uFormat.charAt(++i);
            out.append(switch (spec) {
                case 'Y' -> d.ToString("yyyy");
                case 'y' -> d.ToString("yy");
                case 'm' -> d.ToString("MM");
                case 'd' -> d.ToString("dd");
                case 'H' -> d.ToString("HH");
                case 'M' -> d.ToString("mm");
                case 'S' -> d.ToString("ss");
                case 'A' -> d.ToString("EEEE");
                case 'a' -> d.ToString("EEE");
                case 'B' -> d.ToString("MMMM");
                case 'b' -> d.ToString("MMM");
                case 'j' -> String.format("%03d", d.getDayOfYear());
                case '%' -> "%";
                default -> "%" + spec;
            });
        }
        return out.toString();
    }
}
