package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.Version;
import java.nio.file.Path;
import dev.jpwsh.dotnet.SystemStatics;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An imported module: its name, file, type, version and description, and the functions and variables it exports
 * (by name, sorted as pwsh sorts them). The exported functions run in the module's own scope. Its code may set
 * {@code OnRemove}, the script block Remove-Module runs first; everything else is fixed once made.
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
    /** The manifest's table, empty for a module without one. */
    private final Map<?, ?> manifest;
    /** The cmdlets of a module that comes with jpwsh ({@link #provided}), by name; none for a module of a file. */
    private Map<String, Object> exportedCmdlets = Map.of();
    /** The scope the module's code ran in; null for a module that ran none. */
    private Scope scope;
    private ScriptBlock onRemove;

    PSModuleInfo(String name, Path path, ModuleType moduleType, Version version, String description,
            Map<String, FunctionInfo> exportedFunctions, Map<String, PSVariable> exportedVariables) {
        this(name, path, moduleType, version, description, exportedFunctions, exportedVariables, Map.of());
    }

    PSModuleInfo(String name, Path path, ModuleType moduleType, Version version, String description,
            Map<String, FunctionInfo> exportedFunctions, Map<String, PSVariable> exportedVariables,
            Map<?, ?> manifest) {
        this.manifest = manifest;
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

    /** The module's folder; empty for a module made by New-Module, which has no file. */
    public String getModuleBase() {
        return path.getParent() == null ? "" : path.getParent().toString();
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

    /** Cmdlets, then functions (aliases: none); a script module's are its functions. */
    public Map<String, Object> getExportedCommands() {
        Map<String, Object> commands = new LinkedHashMap<>(exportedCmdlets);
        commands.putAll(exportedFunctions);
        return commands;
    }

    public Map<String, Object> getExportedCmdlets() {
        return new LinkedHashMap<>(exportedCmdlets);
    }

    /**
     * A module whose commands come with jpwsh rather than from a file it runs (PSReadLine, with the console): its
     * cmdlets by name, as Get-Module shows them once it is imported.
     */
    public static PSModuleInfo provided(String name, Path path, ModuleType moduleType, Version version,
            String description, Map<String, Object> cmdlets) {
        PSModuleInfo module = new PSModuleInfo(name, path, moduleType, version, description, Map.of(), Map.of());
        module.exportedCmdlets = new LinkedHashMap<>(cmdlets);
        return module;
    }

    public Map<String, Object> getExportedAliases() {
        return Map.of();
    }

    /** This module as its manifest describes it, with the manifest's other members. */
    PSModuleInfo withManifest(ModuleManifest described) {
        PSModuleInfo module = new PSModuleInfo(name, path, moduleType, version, description, exportedFunctions,
                exportedVariables, described.data());
        module.scope = scope;
        module.onRemove = onRemove;
        return module;
    }

    /** {@code $ExecutionContext.SessionState.Module.OnRemove}: what Remove-Module runs before it removes the module. */
    public ScriptBlock getOnRemove() {
        return onRemove;
    }

    public void setOnRemove(ScriptBlock onRemove) {
        this.onRemove = onRemove;
    }

    /**
     * {@code $module.SessionState}: the module's own session state (its script-scope variables, its InvokeCommand),
     * null for a module that ran no code.
     */
    public dev.jpwsh.engine.intrinsics.SessionStateView getSessionState() {
        dev.jpwsh.engine.exec.ExecutionContext context = dev.jpwsh.engine.exec.ExecutionContext.onThisThread();
        return scope == null || context == null ? null
                : dev.jpwsh.engine.intrinsics.SessionStateView.of(new dev.jpwsh.engine.exec.Frame(context, scope, scope));
    }

    /** The scope the module's code ran in, where its OnRemove runs; null for a module that ran none. */
    public Scope scope() {
        return scope;
    }

    void ranIn(Scope moduleScope) {
        this.scope = moduleScope;
    }

    /** The module a manifest describes, as Test-ModuleManifest returns it: nothing of it is run. */
    public static PSModuleInfo described(Path manifestFile, ModuleManifest manifest) {
        String fileName = manifestFile.getFileName().toString();
        return new PSModuleInfo(fileName.substring(0, fileName.lastIndexOf('.')), manifestFile, ModuleType.Manifest,
                manifest.version(), manifest.description(), Map.of(), Map.of(), manifest.data());
    }

    /** A member of the module's manifest as written; null when absent or the module has no manifest. */
    Object manifestMember(String key) {
        return manifest.get(key);
    }

    private String member(String key) {
        Object value = manifest.get(key);
        return value == null ? null : LanguagePrimitives.toString(value);
    }

    private List<String> names(String key) {
        List<String> names = ModuleManifest.patterns(manifest.get(key));
        return names == null ? List.of() : names;
    }

    public String getRootModule() {
        String root = member("RootModule");
        return root != null ? root : member("ModuleToProcess");
    }

    /** The manifest's GUID as a {@code [guid]}; the empty GUID without one. */
    public Object getGuid() {
        String guid = member("GUID");
        try {
            return guid == null ? SystemStatics.Guid.Empty : SystemStatics.Guid.Parse(guid);
        } catch (NumberFormatException e) {
            return guid;
        }
    }

    public String getAuthor() {
        return member("Author");
    }

    public String getCompanyName() {
        return member("CompanyName");
    }

    public String getCopyright() {
        return member("Copyright");
    }

    public Version getPowerShellVersion() {
        return versionMember("PowerShellVersion");
    }

    public Version getPowerShellHostVersion() {
        return versionMember("PowerShellHostVersion");
    }

    public String getPowerShellHostName() {
        return member("PowerShellHostName");
    }

    public Version getClrVersion() {
        return versionMember("ClrVersion");
    }

    public Version getDotNetFrameworkVersion() {
        return versionMember("DotNetFrameworkVersion");
    }

    public String getHelpInfoUri() {
        return member("HelpInfoURI");
    }

    private Version versionMember(String key) {
        String text = member(key);
        try {
            return text == null || text.isEmpty() ? null : Version.Parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<String> getCompatiblePSEditions() {
        return names("CompatiblePSEditions");
    }

    public Object getPrivateData() {
        return manifest.get("PrivateData");
    }

    public List<String> getRequiredAssemblies() {
        return names("RequiredAssemblies");
    }

    public List<String> getFileList() {
        return names("FileList");
    }

    public List<String> getScripts() {
        return names("ScriptsToProcess");
    }

    /** The nested modules a manifest names, each by its name (a path's file name without extension). */
    public List<PSModuleInfo> getNestedModules() {
        return names("NestedModules").stream().map(this::named).toList();
    }

    public List<PSModuleInfo> getRequiredModules() {
        return names("RequiredModules").stream().map(this::named).toList();
    }

    private PSModuleInfo named(String entry) {
        Path file = path.toAbsolutePath().resolveSibling(entry);
        String leaf = file.getFileName().toString();
        int dot = leaf.lastIndexOf('.');
        return new PSModuleInfo(dot > 0 ? leaf.substring(0, dot) : leaf, file, ModuleType.Script, new Version(0, 0),
                "", Map.of(), Map.of());
    }

    /** The Tags, ProjectUri, LicenseUri, IconUri and ReleaseNotes of the manifest's PSData table. */
    public List<String> getTags() {
        return psData("Tags") == null ? List.of() : ModuleManifest.patterns(psData("Tags"));
    }

    public Object getProjectUri() {
        return psData("ProjectUri");
    }

    public Object getLicenseUri() {
        return psData("LicenseUri");
    }

    public Object getIconUri() {
        return psData("IconUri");
    }

    public Object getReleaseNotes() {
        return psData("ReleaseNotes");
    }

    private Object psData(String key) {
        return manifest.get("PrivateData") instanceof Map<?, ?> privateData
                && privateData.get("PSData") instanceof Map<?, ?> psData ? psData.get(key) : null;
    }

    /** Defines the exported functions and variables in {@code target}; the variables are shared, not copied. */
    void importInto(Scope target) {
        exportedFunctions.values().forEach(f -> target.defineFunction(f.name(), f.scriptBlock()));
        exportedVariables.values().forEach(target::define);
    }

    /** Takes the exported functions and variables out of {@code target}, where they are still this module's. */
    void removeFrom(Scope target) {
        exportedFunctions.values().forEach(f -> {
            if (target.functions().get(f.name()) == f.scriptBlock()) {
                target.removeFunction(Scope.key(f.name()));
            }
        });
        exportedVariables.values().forEach(v -> {
            if (target.local(Scope.key(v.name())) == v) {
                target.remove(Scope.key(v.name()));
            }
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
