package dev.jpwsh.commands.culture;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-Culture and Get-UICulture. */
public final class CultureCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Get-Culture", GetCulture.class).cmdlet("Get-UICulture", GetUICulture.class);
    }

    /**
     * Get-Culture: the current culture, or with -Name each named one (an unknown name is pwsh's non-terminating
     * ItemNotFoundException error); -NoUserOverrides is accepted, as Linux has no user overrides.
     */
    @DotNetName("Microsoft.PowerShell.Commands.GetCultureCommand")
    @DefaultParameterSet("CurrentCulture")
    public static final class GetCulture extends Cmdlet {
        @Parameter(parameterSetName = "Name", position = 0, valueFromPipeline = true)
        private String[] name;

        @Parameter(parameterSetName = "CurrentCulture")
        @Parameter(parameterSetName = "Name")
        private boolean noUserOverrides;

        @Override
        protected void processRecord() {
            if (name == null) {
                writeObject(CultureInfo.getCurrentCulture());
                return;
            }
            for (String n : name) {
                try {
                    writeObject(CultureInfo.GetCultureInfo(n));
                } catch (IllegalArgumentException unknown) {
                    writeError(RuntimeFailures.create("ItemNotFoundException", "ObjectNotFound", "Culture is not "
                            + "supported. (Parameter 'name')\n" + n + " is an invalid culture identifier.", n,
                            "System.Globalization.CultureNotFoundException").record());
                }
            }
        }
    }

    /** Get-UICulture: the culture the user interface uses. */
    @DotNetName("Microsoft.PowerShell.Commands.GetUICultureCommand")
    public static final class GetUICulture extends Cmdlet {
        @Override
        protected void processRecord() {
            writeObject(CultureInfo.getCurrentUICulture());
        }
    }
}
