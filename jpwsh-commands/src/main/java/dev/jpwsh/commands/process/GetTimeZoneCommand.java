package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Arrays;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Get-TimeZone: the local time zone; the zones -Id names (an unknown id is a TimeZoneNotFound error); those whose
 * standard name matches -Name (wildcards); or every zone (-ListAvailable), sorted by offset then id.
 */
@DefaultParameterSet(GetTimeZoneCommand.NAME_SET)
@DotNetName("Microsoft.PowerShell.Commands.GetTimeZoneCommand")
@dev.jpwsh.engine.command.OutputType({"System.TimeZoneInfo"})
public final class GetTimeZoneCommand extends Cmdlet {
    static final String NAME_SET = "Name";
    private static final String ID_SET = "Id";
    private static final String LIST_SET = "ListAvailable";

    @Parameter(parameterSetName = NAME_SET, position = 0, valueFromPipeline = true)
    private String[] name;

    @Parameter(parameterSetName = ID_SET, mandatory = true)
    private String[] id;

    @Parameter(parameterSetName = LIST_SET, mandatory = true)
    private boolean listAvailable;

    @Override
    protected void processRecord() {
        switch (parameterSetName()) {
            case LIST_SET -> available().forEach(this::writeObject);
            case ID_SET -> {
                for (String wanted : id) {
                    if (TimeZoneInfo.exists(wanted)) {
                        writeObject(new TimeZoneInfo(TimeZone.getTimeZone(wanted)));
                    } else {
                        writeError(ProcessErrors.record("TimeZoneNotFound", "InvalidArgument",
                                TimeZoneInfo.notFound(wanted), wanted, "System.TimeZoneNotFoundException"));
                    }
                }
            }
            default -> {
                if (name == null) {
                    writeObject(TimeZoneInfo.getLocal());
                    return;
                }
                for (String wanted : name) {
                    Pattern pattern = Wildcard.compile(wanted, false);
                    TimeZoneInfo[] matches = available().filter(z -> pattern.matcher(z.getStandardName()).matches())
                            .toArray(TimeZoneInfo[]::new);
                    if (matches.length == 0) {
                        writeError(ProcessErrors.record("TimeZoneNotFound", "InvalidArgument", "The time zone name '"
                                + wanted + "' was not found on the local computer.", wanted,
                                "System.TimeZoneNotFoundException"));
                    }
                    Arrays.stream(matches).forEach(this::writeObject);
                }
            }
        }
    }

    private static java.util.stream.Stream<TimeZoneInfo> available() {
        return Arrays.stream(TimeZoneInfo.GetSystemTimeZones()).map(TimeZoneInfo.class::cast);
    }
}
