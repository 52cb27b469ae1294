package dev.jpwsh.commands.objects;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import java.time.Duration;

/**
 * New-TimeSpan: the time between -Start and -End (now when absent), or the span of -Days, -Hours, -Minutes,
 * -Seconds, -Milliseconds and -Microseconds.
 */
@dev.jpwsh.engine.command.OutputType({"System.TimeSpan"})
@DotNetName("Microsoft.PowerShell.Commands.NewTimeSpanCommand")
@DefaultParameterSet("Date")
public final class NewTimeSpanCommand extends Cmdlet {
    @Parameter(parameterSetName = "Date", position = 0, valueFromPipelineByPropertyName = true,
            aliases = "LastWriteTime")
    private DateTime start;

    @Parameter(parameterSetName = "Date", position = 1, valueFromPipelineByPropertyName = true)
    private DateTime end;

    @Parameter(parameterSetName = "Time")
    private int days;

    @Parameter(parameterSetName = "Time")
    private int hours;

    @Parameter(parameterSetName = "Time")
    private int minutes;

    @Parameter(parameterSetName = "Time")
    private int seconds;

    @Parameter(parameterSetName = "Time")
    private int milliseconds;

    @Parameter(parameterSetName = "Time")
    private int microseconds;

    @Override
    protected void processRecord() {
        if ("Time".equals(parameterSetName())) {
            writeObject(new TimeSpan(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                    .plusMillis(milliseconds).plusNanos(microseconds * 1000L)));
            return;
        }
        DateTime now = DateTime.getNow();
        DateTime from = start == null ? now : start;
        DateTime to = end == null ? now : end;
        writeObject(new TimeSpan(Duration.between(from.value(), to.value())));
    }
}
