package dev.jpwsh.commands.random;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Get-Uptime: the whole seconds since the system booted (from /proc/uptime), or with -Since the boot time. */
@DefaultParameterSet("Timespan")
@dev.jpwsh.engine.command.OutputType({"System.TimeSpan", "System.DateTime"})
@DotNetName("Microsoft.PowerShell.Commands.GetUptimeCommand")
public final class GetUptimeCommand extends Cmdlet {
    private static final Path UPTIME = Path.of("/proc/uptime");

    @Parameter(parameterSetName = "Since")
    private boolean since;

    @Override
    protected void processRecord() {
        long seconds = uptimeSeconds();
        writeObject(since ? DateTime.getNow().AddSeconds(-seconds) : TimeSpan.FromSeconds(seconds));
    }

    private long uptimeSeconds() {
        try {
            String text = Files.readString(UPTIME, StandardCharsets.US_ASCII).trim();
            return (long) Double.parseDouble(text.substring(0, text.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            throw terminatingError(RuntimeFailures.create("GetUptimePlatformIsNotSupported", "NotImplemented",
                    "The platform is not supported (System.Diagnostics.Stopwatch.IsHighResolution is false).", null,
                    "System.NotSupportedException"));
        }
    }
}
