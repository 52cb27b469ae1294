package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/**
 * The process, time zone, clipboard, connection, computer and transcript cmdlets with the default aliases pwsh has
 * for them on Linux (no {@code ps}, {@code kill} or {@code start}, which name native programs there).
 */
public final class ProcessCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table
                .cmdlet("Get-Process", GetProcessCommand.class).alias("gps", "Get-Process")
                .cmdlet("Stop-Process", StopProcessCommand.class).alias("spps", "Stop-Process")
                .cmdlet("Wait-Process", WaitProcessCommand.class)
                .cmdlet("Debug-Process", DebugProcessCommand.class)
                .cmdlet("Start-Process", StartProcessCommand.class).alias("saps", "Start-Process")
                .cmdlet("Get-TimeZone", GetTimeZoneCommand.class).alias("gtz", "Get-TimeZone")
                .cmdlet("Get-Clipboard", ClipboardCommands.GetClipboard.class).alias("gcb", "Get-Clipboard")
                .cmdlet("Set-Clipboard", ClipboardCommands.SetClipboard.class).alias("scb", "Set-Clipboard")
                .cmdlet("Test-Connection", TestConnectionCommand.class)
                .cmdlet("Restart-Computer", ComputerCommands.RestartComputer.class)
                .cmdlet("Stop-Computer", ComputerCommands.StopComputer.class)
                .cmdlet("Start-Transcript", TranscriptCommands.StartTranscript.class)
                .cmdlet("Stop-Transcript", TranscriptCommands.StopTranscript.class);
    }
}
