package dev.jpwsh.commands.culture;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-Culture and Get-UICulture. */
public final class CultureCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-Culture", GetCulture.class).cmdlet("Get-UICulture", GetUICulture.class);
    }

    /**
     * Get-Culture: the current culture, with -Name each named one (a name outside the cultures .NET lists is the
     * ValidateSet error pwsh's binder gives), with -ListAvailable every culture; -NoUserOverrides is accepted, as
     * Linux has no user overrides.
     */
    @DotNetName("Microsoft.PowerShell.Commands.GetCultureCommand")
    @DefaultParameterSet("CurrentCulture")
    @dev.jpwsh.engine.command.OutputType({"System.Globalization.CultureInfo"})
    public static final class GetCulture extends Cmdlet {
        @Parameter(parameterSetName = "Name", position = 0, valueFromPipeline = true)
        private String[] name;

        @Parameter(parameterSetName = "CurrentCulture")
        @Parameter(parameterSetName = "Name")
        private boolean noUserOverrides;

        @Parameter(parameterSetName = "ListAvailable")
        private boolean listAvailable;

        @Override
        protected void processRecord() {
            if (listAvailable) {
                for (CultureInfo culture : CultureInfo.GetCultures(null)) {
                    writeObject(culture);
                }
                return;
            }
            if (name == null) {
                writeObject(CultureInfo.getCurrentCulture());
                return;
            }
            for (String n : name) {
                if (n == null || FormatCulture.forName(n) == null) {
                    throw terminatingError(RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData",
                            "Cannot validate argument on parameter 'Name'. The argument \"" + n
                            + "\" does not belong to the set \"" + String.join(",", FormatCulture.availableNames())
                            + "\" specified by the ValidateSet attribute. Supply an argument that is in the set "
                            + "and then try the command again.", n,
                            "System.Management.Automation.ParameterBindingValidationException"));
                }
            }
            for (String n : name) {
                writeObject(CultureInfo.GetCultureInfo(n));
            }
        }
    }

    /** Get-UICulture: the culture the user interface uses. */
    @DotNetName("Microsoft.PowerShell.Commands.GetUICultureCommand")
    @dev.jpwsh.engine.command.OutputType({"System.Globalization.CultureInfo"})
    public static final class GetUICulture extends Cmdlet {
        @Override
        protected void processRecord() {
            writeObject(CultureInfo.getCurrentUICulture());
        }
    }
}
