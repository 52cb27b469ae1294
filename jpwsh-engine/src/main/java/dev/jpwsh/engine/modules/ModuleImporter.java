package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.ops.Wildcard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Imports a module into a session, as Import-Module does; an initial session state's imports use it too.
 *
 * <p>Steps: a name of one of pwsh's built-in modules imports nothing (jpwsh's commands are built in); otherwise
 * {@link ModuleFinder} finds the file. A module already imported is not run again (unless forced): its exports are
 * imported again. A manifest is read, then its root module loaded under the manifest's name and version. A script
 * module's code runs in a new scope under the global one (its {@code $script:} scope); what it exports, by default
 * every function, by Export-ModuleMember what it names, narrowed by the manifest's lists, is defined in the target
 * scope (the global one, or the importing module's), the functions bound to the module's scope; its output is
 * dropped. A {@code .ps1} file is dot-sourced into the caller's scope instead, its output written.
 *
 * <p>Errors: Import-Module's own (not found, invalid manifest) name it; errors of the module's code keep their ids,
 * as pwsh's PreserveInvocationInfoOnce does. A {@code throw} in the module's code is thrown; any other failure is
 * reported and the module is not imported.
 */
public final class ModuleImporter {
    /** What Import-Module accepts and imports nothing for: the snap-in of the core cmdlets, ThreadJob's 7.6 name. */
    private static final Set<String> BUILT_IN = Set.of("microsoft.powershell.core", "microsoft.powershell.threadjob");

    /**
     * The modules that come with jpwsh rather than from files, by name in lower case: the built-in ones
     * ({@link BuiltInModules}) and those of its hosts (PSReadLine).
     */
    private static final Map<String, java.util.function.Function<ExecutionContext, PSModuleInfo>> PROVIDED =
            new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (BuiltInModules.Described module : BuiltInModules.ALL) {
            provide(module.name(), context -> BuiltInModules.of(context, module));
        }
    }

    /** The variables every module scope starts with, which are not the module's to export. */
    private static final Set<String> MODULE_AUTOMATIC = Set.of("PSScriptRoot", "PSCommandPath", "__ParameterSetName");

    private final Frame caller;
    private final ExecutionContext context;
    private final Pipe output;
    private final Consumer<ErrorRecord> errors;

    /**
     * An importer for code running in {@code caller}: the output of a dot-sourced {@code .ps1} goes to {@code output}
     * (a script module's output is dropped, as in pwsh), errors to {@code errors}.
     */
    public ModuleImporter(Frame caller, Pipe output, Consumer<ErrorRecord> errors) {
        this.caller = caller;
        this.context = caller.context();
        this.output = output;
        this.errors = errors;
    }

    /**
     * Imports the module {@code name} (a name or a path) into the global scope, or with {@code global} false and a
     * module importing it, into that module's scope. Returns the module, or null when there is none to return.
     */
    /**
     * Import-Module -ModuleInfo: imports a module already made (by New-Module) into the caller's module, or the
     * global scope, and lists it in Get-Module.
     */
    public void importLoaded(PSModuleInfo module, boolean global) {
        ModuleTable table = ModuleTable.of(context);
        Scope target = global || table.loadingScope() == null ? context.global() : table.loadingScope();
        table.add(module, target == context.global());
        module.importInto(target);
    }

    public PSModuleInfo importModule(String name, boolean force, boolean global) {
        return importModule(name, force, global, VersionConstraint.NONE);
    }

    /**
     * {@link #importModule(String, boolean, boolean)} of a module whose version and GUID meet {@code constraint}:
     * the highest version folder that may, and a manifest that does (else Modules_ModuleWithVersionNotFound).
     */
    public PSModuleInfo importModule(String name, boolean force, boolean global, VersionConstraint constraint) {
        if (BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        java.util.function.Function<ExecutionContext, PSModuleInfo> provided = PROVIDED.get(
                name.toLowerCase(Locale.ROOT));
        if (provided != null) {
            ModuleTable table = ModuleTable.of(context);
            PSModuleInfo module = table.get(name);
            if (module == null || force) {
                module = provided.apply(context);
                table.add(module, true);
            }
            return module;
        }
        Path file = ModuleFinder.find(name, LanguagePrimitives.toString(context.environment().get("PSModulePath")),
                constraint::acceptsVersion);
        if (file == null) {
            errors.accept(constraint.equals(VersionConstraint.NONE) ? ModuleErrors.moduleNotFound(name)
                    : ModuleErrors.versionNotFound(name, constraint.described()));
            return null;
        }
        ModuleTable table = ModuleTable.of(context);
        Scope target = global || table.loadingScope() == null ? context.global() : table.loadingScope();
        PSModuleInfo loaded = table.get(baseName(file));
        if (loaded != null && !constraint.accepts(loaded.getVersion(), loaded.getGuid())) {
            loaded = null;
        }
        if (!constraint.equals(VersionConstraint.NONE) && !meets(file, constraint)) {
            errors.accept(ModuleErrors.versionNotFound(name, constraint.described()));
            return null;
        }
        if (loaded != null && !force) {
            table.add(loaded, target == context.global());
            loaded.importInto(target);
            return loaded;
        }
        PSModuleInfo module = switch (ModuleFinder.extensionOf(file.getFileName().toString())) {
            case ".psd1" -> fromManifest(file);
            case ".psm1" -> scriptModule(file, baseName(file), new Version(0, 0), "", null);
            default -> dotSourced(file);
        };
        if (module != null) {
            table.add(module, target == context.global());
            module.importInto(target);
        }
        return module;
    }

    /**
     * The modules on {@code $env:PSModulePath} as Get-Module -ListAvailable shows them, read without running
     * anything (a manifest's members, or a script module's name and file), then, by name, those that come with jpwsh,
     * which pwsh keeps in {@code $PSHOME/Modules}: listed unless {@code $env:PSModulePath} is set without that folder.
     */
    public List<PSModuleInfo> available() {
        List<PSModuleInfo> modules = new java.util.ArrayList<>();
        String modulePath = LanguagePrimitives.toString(context.environment().get("PSModulePath"));
        for (Path file : ModuleFinder.available(modulePath)) {
            if (".psd1".equals(ModuleFinder.extensionOf(file.getFileName().toString()))) {
                ModuleManifest manifest = ModuleManifest.read(context, file, e -> { });
                if (manifest != null) {
                    modules.add(PSModuleInfo.described(file, manifest));
                }
            } else {
                modules.add(new PSModuleInfo(baseName(file), file, ModuleType.Script, new Version(0, 0), "",
                        Map.of(), Map.of()));
            }
        }
        if (listsShippedModules(modulePath)) {
            PROVIDED.values().stream().map(module -> module.apply(context))
                    .sorted(java.util.Comparator.comparing(PSModuleInfo::getName, String.CASE_INSENSITIVE_ORDER))
                    .forEach(modules::add);
        }
        return modules;
    }

    private boolean listsShippedModules(String modulePath) {
        if (modulePath == null || modulePath.isBlank()) {
            return true;
        }
        Path shipped = BuiltInModules.folder(context);
        return java.util.Arrays.stream(modulePath.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank())
                .anyMatch(p -> Path.of(p).normalize().equals(shipped.normalize()));
    }

    /**
     * Makes {@code name} a module Import-Module imports without a file: {@code module} makes its PSModuleInfo for a
     * session (the console provides PSReadLine so).
     */
    public static void provide(String name, java.util.function.Function<ExecutionContext, PSModuleInfo> module) {
        PROVIDED.put(name.toLowerCase(Locale.ROOT), module);
    }

    /** Whether a module of that name is imported, built in, or found on {@code $env:PSModulePath} or as a path. */
    public boolean isAvailable(String name) {
        return BUILT_IN.contains(name.toLowerCase(Locale.ROOT)) || PROVIDED.containsKey(name.toLowerCase(Locale.ROOT))
                || ModuleTable.of(context).get(name) != null
                || ModuleFinder.find(name, LanguagePrimitives.toString(context.environment().get("PSModulePath")))
                        != null;
    }

    /**
     * New-Module: runs {@code body} with {@code args} as a module of its own named {@code name}, its output going to
     * {@code out}; its functions (those {@code functionPatterns} name, all when null) and the variables
     * Export-ModuleMember names are exported, and imported into the global scope.
     */
    public PSModuleInfo dynamicModule(ScriptBlock body, String name, List<Object> args, List<String> functionPatterns,
            Pipe out) {
        Scope scope = new Scope(context.global());
        Frame frame = moduleFrame(scope);
        ExportList exports = new ExportList();
        Map<String, FunctionInfo> exportedFunctions = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, PSVariable> exportedVariables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        PSModuleInfo module = new PSModuleInfo(name, Path.of(""), ModuleType.Script, new Version(0, 0), "",
                exportedFunctions, exportedVariables);
        ModuleTable.of(context).ranIn(module, scope);
        ModuleTable.of(context).enter(scope, exports);
        try {
            body.inModule(scope).invoke(frame, args.stream().map(dev.jpwsh.engine.command.CommandArgument::value)
                    .toList(), null, true, out);
        } finally {
            ModuleTable.of(context).exit();
        }
        exportedFunctions.putAll(functions(scope, name, exports.functions(), functionPatterns));
        exportedVariables.putAll(variables(scope, exports.variables(), null));
        module.importInto(context.global());
        return module;
    }

    /** Whether the module in {@code file} (only a manifest states a version and GUID) meets {@code constraint}. */
    private boolean meets(Path file, VersionConstraint constraint) {
        if (!".psd1".equals(ModuleFinder.extensionOf(file.getFileName().toString()))) {
            return constraint.accepts(new Version(0, 0), null);
        }
        ModuleManifest manifest = ModuleManifest.read(context, file, e -> { });
        return manifest == null || constraint.accepts(manifest.version(), manifest.data().get("GUID"));
    }

    private PSModuleInfo fromManifest(Path file) {
        ModuleManifest manifest = ModuleManifest.read(context, file, e -> errors.accept(ModuleErrors.ofImport(e)));
        if (manifest == null) {
            return null;
        }
        String name = baseName(file);
        if (manifest.rootModule() == null) {
            return new PSModuleInfo(name, file, ModuleType.Manifest, manifest.version(), manifest.description(),
                    Map.of(), Map.of(), manifest.data());
        }
        Path root = file.resolveSibling(manifest.rootModule());
        if (ModuleFinder.extensionOf(root.getFileName().toString()) == null) {
            root = root.resolveSibling(root.getFileName() + ".psm1");
        }
        if (!Files.isRegularFile(root)) {
            errors.accept(ModuleErrors.moduleNotFound(manifest.rootModule()));
            return null;
        }
        PSModuleInfo module = scriptModule(root, name, manifest.version(), manifest.description(), manifest);
        if (module == null) {
            return null;
        }
        PSModuleInfo described = module.withManifest(manifest);
        ModuleTable.of(context).ranIn(described, described.scope());
        return described;
    }

    /**
     * The frame a module's body runs in, its own scope under the global one; the body is no command of the script
     * that imports it, so it does not see the name a -File script (which runs in the global scope) has.
     */
    private Frame moduleFrame(Scope scope) {
        Frame frame = new Frame(context, scope, scope);
        frame.setLocal("__CommandName", null);
        return frame;
    }

    /** Runs a script module's code in its own scope and gathers what it exports. */
    private PSModuleInfo scriptModule(Path file, String name, Version version, String description,
            ModuleManifest manifest) {
        Scope scope = new Scope(context.global());
        Frame frame = moduleFrame(scope);
        frame.setLocal("PSScriptRoot", file.getParent().toString());
        frame.setLocal("PSCommandPath", file.toString());
        ExportList exports = new ExportList();
        Map<String, FunctionInfo> exportedFunctions = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, PSVariable> exportedVariables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        PSModuleInfo module = new PSModuleInfo(name, file, ModuleType.Script, version, description,
                exportedFunctions, exportedVariables);
        ModuleTable.of(context).ranIn(module, scope);
        ModuleTable.of(context).enter(scope, exports);
        try {
            if (!run(file, frame, Pipe.NULL)) {
                return null;
            }
        } finally {
            ModuleTable.of(context).exit();
        }
        List<String> functionFilter = manifest == null ? null : manifest.functionsToExport();
        List<String> variableFilter = manifest == null ? null : manifest.variablesToExport();
        exportedFunctions.putAll(functions(scope, name, exports.functions(), functionFilter));
        exportedVariables.putAll(variables(scope, exports.variables(), variableFilter));
        return module;
    }

    /** The module's functions that the export patterns and the manifest's list name, bound to its scope. */
    private static Map<String, FunctionInfo> functions(Scope scope, String moduleName, List<String> patterns,
            List<String> manifestPatterns) {
        Map<String, FunctionInfo> exported = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        scope.functions().forEach((name, body) -> {
            if (isExported(name, patterns, manifestPatterns)) {
                exported.put(name, new FunctionInfo(name, ((ScriptBlock) body).inModule(scope), moduleName));
            }
        });
        return exported;
    }

    /** The module's variables that the export patterns and the manifest's list name, shared as they are. */
    private static Map<String, PSVariable> variables(Scope scope, List<String> patterns,
            List<String> manifestPatterns) {
        Map<String, PSVariable> exported = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        scope.variables().values().forEach(v -> {
            if (!MODULE_AUTOMATIC.contains(v.name()) && isExported(v.name(), patterns, manifestPatterns)) {
                exported.put(v.name(), v);
            }
        });
        return exported;
    }

    /** Whether the module's export patterns name a member, and the manifest's list (null: no list) too. */
    private static boolean isExported(String name, List<String> patterns, List<String> manifestPatterns) {
        return matches(name, patterns) && (manifestPatterns == null || matches(name, manifestPatterns));
    }

    /** A {@code .ps1} file imported as a module: dot-sourced into the caller's scope, exporting nothing itself. */
    private PSModuleInfo dotSourced(Path file) {
        return run(file, caller, output)
                ? new PSModuleInfo(baseName(file), file, ModuleType.Script, new Version(0, 0), "", Map.of(), Map.of())
                : null;
    }

    /** Runs a module's code dot-sourced in {@code frame}: a {@code throw} is thrown, any other failure reported. */
    private boolean run(Path file, Frame frame, Pipe out) {
        try {
            ScriptFiles.load(file).invoke(frame, List.of(), null, true, out);
            return true;
        } catch (PSException e) {
            if (e.record().fromThrowStatement()) {
                throw e;
            }
            errors.accept(e.record());
            return false;
        }
    }

    private static boolean matches(String name, List<String> patterns) {
        return patterns.stream().anyMatch(p -> Wildcard.matches(name, p, false));
    }

    private static String baseName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }
}
