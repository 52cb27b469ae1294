package dev.jpwsh.commands.clock;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Set-Date. */
public final class ClockCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Set-Date", SetDate.class);
    }

    /**
     * Set-Date: works out -Date, or now plus -Adjust, and under -WhatIf writes that date with a DisplayHint note.
     * It does not change the system clock: without CAP_SYS_TIME it fails as pwsh does on Linux (a Win32Exception,
     * "Operation not permitted"), with it it refuses in the same shape.
     */
    @DotNetName("Microsoft.PowerShell.Commands.SetDateCommand")
    @DefaultParameterSet("Date")
    @SupportsShouldProcess
    @dev.jpwsh.engine.command.OutputType({"System.DateTime"})
    public static final class SetDate extends Cmdlet {
        private static final long CAP_SYS_TIME = 1L << 25;

        @Parameter(parameterSetName = "Date", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        private DateTime date;

        @Parameter(parameterSetName = "Adjust", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        private TimeSpan adjust;

        @Parameter
        private DisplayHintType displayHint = DisplayHintType.DateTime;

        /** Microsoft.PowerShell.Commands.DisplayHintType. */
        @DotNetName("Microsoft.PowerShell.Commands.DisplayHintType")
        public enum DisplayHintType {
            Date, Time, DateTime
        }

        @Override
        protected void processRecord() {
            DateTime target = adjust != null ? (DateTime) DateTime.getNow().add(adjust)
                    : new DateTime(date.value(), date.kind());
            if (shouldProcess(target.toString(), "Set-Date")) {
                refuse();
            }
            InstanceMembers.forUpdate(target).add(new PSMember(PSMemberTypes.NoteProperty, "DisplayHint",
                    displayHint, null));
            writeObject(target);
        }

        /**
         * jpwsh never changes the clock (a test run as root could otherwise move every clock on the machine): without
         * CAP_SYS_TIME this is the OS error pwsh reports, with it a refusal that says so.
         */
        private void refuse() {
            String message = mayChangeClock() ? "Setting the system clock is not supported by jpwsh."
                    : "Operation not permitted";
            throw terminatingError(RuntimeFailures.create("System.ComponentModel.Win32Exception", "NotSpecified",
                    message, null, "System.ComponentModel.Win32Exception"));
        }

        /** Whether this process holds CAP_SYS_TIME (the effective capabilities in /proc/self/status). */
        private static boolean mayChangeClock() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("CapEff:")) {
                        return (Long.parseUnsignedLong(line.substring(7).strip().toLowerCase(Locale.ROOT), 16)
                                & CAP_SYS_TIME) != 0;
                    }
                }
            } catch (IOException | NumberFormatException unreadable) {
                return false;
            }
            return false;
        }
    }
}
