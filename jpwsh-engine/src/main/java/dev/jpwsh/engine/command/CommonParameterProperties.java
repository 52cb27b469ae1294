package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.DotNetEnums.ActionPreference;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/**
 * {@code [System.Management.Automation.Internal.CommonParameters]}: the type whose properties are the common
 * parameters, in pwsh's order, as scripts and tests read them ({@code .GetProperties().Length} counts them); it has
 * no instances. {@link CommonParameters} does the binding.
 */
@DotNetName("System.Management.Automation.Internal.CommonParameters")
@DotNetProperties({"Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction",
        "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable"})
public abstract class CommonParameterProperties {
    private CommonParameterProperties() {
    }

    public abstract boolean getVerbose();

    public abstract boolean getDebug();

    public abstract ActionPreference getErrorAction();

    public abstract ActionPreference getWarningAction();

    public abstract ActionPreference getInformationAction();

    public abstract ActionPreference getProgressAction();

    public abstract String getErrorVariable();

    public abstract String getWarningVariable();

    public abstract String getInformationVariable();

    public abstract String getOutVariable();

    public abstract int getOutBuffer();

    public abstract String getPipelineVariable();
}
