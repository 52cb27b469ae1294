package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.Enumeration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Test-ModuleManifest checks beyond reading a manifest: that the files it lists (RootModule,
 * RequiredAssemblies, NestedModules, FileList, TypesToProcess, FormatsToProcess, ScriptsToProcess) exist beside it,
 * and that the modules it requires or lists can be found. Each failure is one of pwsh's errors, in its order.
 */
public final class ManifestCheck {
    private final ModuleImporter importer;
    private final Path manifestFile;
    private final Path base;
    private final Map<?, ?> data;
    private final Object target;
    private final List<ErrorRecord> errors = new ArrayList<>();

    private ManifestCheck(ModuleImporter importer, Path manifestFile, ModuleManifest manifest, Object target) {
        this.importer = importer;
        this.manifestFile = manifestFile;
        this.base = manifestFile.toAbsolutePath().getParent();
        this.data = manifest.data();
        this.target = target;
    }

    /** The errors in {@code manifest}, read from {@code manifestFile}; {@code target} is the path as the user gave it. */
    public static List<ErrorRecord> check(ModuleImporter importer, Path manifestFile, ModuleManifest manifest,
            Object target) {
        ManifestCheck check = new ManifestCheck(importer, manifestFile, manifest, target);
        check.listedFiles();
        check.run();
        return check.errors;
    }

    /** The members whose missing files make the manifest itself invalid when it is read. */
    private void listedFiles() {
        for (String member : List.of("ScriptsToProcess", "TypesToProcess", "FormatsToProcess")) {
            for (String entry : entries(member)) {
                if (!isFile(entry)) {
                    errors.add(ModuleErrors.invalidManifest(manifestFile, "The " + member + " entry '" + entry
                            + "' names no file."));
                }
            }
        }
        String root = LanguagePrimitives.toString(data.containsKey("RootModule") ? data.get("RootModule")
                : data.get("ModuleToProcess"));
        if (root != null && root.toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            errors.add(ModuleErrors.invalidManifest(manifestFile, "The RootModule '" + root + "' is a manifest."));
        }
    }

    private void run() {
        for (String assembly : entries("RequiredAssemblies")) {
            if (!isFile(assembly)) {
                errors.add(ModuleErrors.invalidEntry("Modules_InvalidRequiredAssembliesInModuleManifest",
                        "RequiredAssemblies", assembly, manifestFile, target));
            }
        }
        String root = LanguagePrimitives.toString(data.containsKey("RootModule") ? data.get("RootModule")
                : data.get("ModuleToProcess"));
        if (root != null && !root.isEmpty() && !root.toLowerCase(Locale.ROOT).endsWith(".psd1")
                && !isFile(root) && !isFile(root + ".psm1") && !isFile(root + ".dll")) {
            errors.add(RuntimeFailures.create("Modules_InvalidRootModuleInModuleManifest", "InvalidArgument",
                    "The module manifest '" + root + "' could not be processed because it is not a valid PowerShell "
                    + "module manifest file. Remove the elements that are not permitted: " + manifestFile, target,
                    "System.ArgumentException").record());
        }
        for (String nested : entries("NestedModules")) {
            if (!isFile(nested) && !isFile(nested + ".dll") && !isFile(nested + ".psm1") && !isFile(nested + ".exe")
                    && !importer.isAvailable(nested)) {
                errors.add(ModuleErrors.invalidEntry("Modules_InvalidNestedModuleinModuleManifest", "NestedModule",
                        nested, manifestFile, target));
            }
        }
        modules("RequiredModules", "Modules_InvalidRequiredModulesinModuleManifest");
        for (String file : entries("FileList")) {
            if (!isFile(file)) {
                errors.add(ModuleErrors.invalidEntry("Modules_InvalidFilePathinModuleManifest", "FileList", file,
                        manifestFile, target));
            }
        }
        modules("ModuleList", "Modules_InvalidModuleListinModuleManifest");
    }

    private void modules(String member, String errorId) {
        for (String name : entries(member)) {
            if (!isFile(name) && !importer.isAvailable(name)) {
                errors.add(ModuleErrors.invalidEntry(errorId, member, name, manifestFile, target));
            }
        }
    }

    private boolean isFile(String entry) {
        return Files.isRegularFile(base.resolve(entry.replace('\\', '/')));
    }

    /** A member's entries: names, or the ModuleName of module specifications. */
    private List<String> entries(String member) {
        Object value = data.get(member);
        if (value == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (Object item : Enumeration.toList(value)) {
            Object name = item instanceof Map<?, ?> spec ? spec.get("ModuleName") : item;
            String text = LanguagePrimitives.toString(name);
            if (text != null && !text.isEmpty()) {
                entries.add(text);
            }
        }
        return entries;
    }
}
