package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A native program Get-Command found: its file name, full path and extension. Immutable. */
@DotNetName("System.Management.Automation.ApplicationInfo")
public record ApplicationInfo(Path path) implements CommandInfo {
    @Override
    public String getName() {
        return path.getFileName().toString();
    }

    public String getPath() {
        return path.toString();
    }

    public String getExtension() {
        String name = getName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Application;
    }

    /** A program's definition is its path, as pwsh's. */
    @Override
    public String getDefinition() {
        return getPath();
    }

    @Override
    public String getSource() {
        return getPath();
    }

    @Override
    public String getModuleName() {
        return "";
    }

    /** pwsh reads a version from Windows file resources; a Unix program has none, so 0.0.0.0. */
    @Override
    public Object getVersion() {
        return new dev.jpwsh.dotnet.Version(0, 0, 0, 0);
    }

    @Override
    public Map<Object, Object> getParameters() {
        return Map.of();
    }

    @Override
    public List<CommandParameterSetInfo> getParameterSets() {
        return List.of();
    }

    @Override
    public String getRemotingCapability() {
        return "PowerShell";
    }

    @Override
    public String syntax() {
        return getPath();
    }

    @Override
    public String toString() {
        return getName();
    }
}
