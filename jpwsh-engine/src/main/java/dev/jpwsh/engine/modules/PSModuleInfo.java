package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.Version;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An imported module: its name, file, type, version and description, and the functions and variables it exports
 * (by name, sorted as pwsh sorts them). The exported functions run in the module's own scope. Immutable once made.
 */
@DotNetName("System.Management.Automation.PSModuleInfo")
public final class PSModuleInfo {
    private final String name;
    private final Path path;
    private final ModuleType moduleType;
    private final Version version;
    private final String description;
    private final Map<String, FunctionInfo> exportedFunctions;
    private final Map<String, PSVariable> exportedVariables;

    PSModuleInfo(String name, Path path, ModuleType moduleType, Version version, String description,
            Map<String, FunctionInfo> exportedFunctions, Map<String, PSVariable> exportedVariables) {
        this.name = name;
        this.path = path;
        this.moduleType = moduleType;
        this.version = version;
        this.description = description;
        this.exportedFunctions = exportedFunctions;
        this.exportedVariables = exportedVariables;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path.toString();
    }

    public String getModuleBase() {
        return path.getParent().toString();
    }

    public ModuleType getModuleType() {
        return moduleType;
    }

    public Version getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public Map<String, FunctionInfo> getExportedFunctions() {
        return new LinkedHashMap<>(exportedFunctions);
    }

    public Map<String, PSVariable> getExportedVariables() {
        return new LinkedHashMap<>(exportedVariables);
    }

    /** Cmdlets, functions and aliases; a script module's are its functions. */
    public Map<String, FunctionInfo> getExportedCommands() {
        return getExportedFunctions();
    }

    public Map<String, Object> getExportedCmdlets() {
        return Map.of();
    }

    public Map<String, Object> getExportedAliases() {
        return Map.of();
    }

    /** Defines the exported functions and variables in {@code target}; the variables are shared, not copied. */
    void importInto(Scope target) {
        exportedFunctions.values().forEach(f -> target.defineFunction(f.name(), f.scriptBlock()));
        exportedVariables.values().forEach(target::define);
    }

    @Override
    public String toString() {
        return name;
    }
}
