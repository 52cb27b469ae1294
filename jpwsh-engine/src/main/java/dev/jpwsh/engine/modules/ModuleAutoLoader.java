package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.command.CommandAutoLoader;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Module auto-loading: a command that is not found is looked for in the modules on {@code $env:PSModulePath} (a
 * manifest's FunctionsToExport names, or with wildcards there the functions its root module defines; a script
 * module's functions), and the first module not imported yet that exports it is imported. {@code $PSModuleAutoLoadingPreference} {@code None} turns it off, {@code ModuleQualified}
 * limits it to {@code Module\Command} calls. A module being auto-loaded does not auto-load others.
 */
public final class ModuleAutoLoader implements CommandAutoLoader {
    private boolean loading;

    @Override
    public boolean loadFor(Frame frame, String commandName, boolean qualified) {
        String preference = LanguagePrimitives.toString(frame.variable("psmoduleautoloadingpreference"));
        if (loading || "None".equalsIgnoreCase(preference)
                || !qualified && "ModuleQualified".equalsIgnoreCase(preference)) {
            return false;
        }
        ModuleImporter importer = new ModuleImporter(frame, Pipe.NULL, error -> { });
        ModuleTable imported = ModuleTable.of(frame.context());
        for (PSModuleInfo module : importer.available()) {
            if (imported.get(module.getName()) == null && exports(module, commandName)) {
                return load(frame, module.getPath());
            }
        }
        return false;
    }

    @Override
    public boolean loadModule(Frame frame, String moduleName) {
        String preference = LanguagePrimitives.toString(frame.variable("psmoduleautoloadingpreference"));
        return !loading && !"None".equalsIgnoreCase(preference) && load(frame, moduleName);
    }

    private boolean load(Frame frame, String module) {
        loading = true;
        try {
            return new ModuleImporter(frame, Pipe.NULL, error -> { }).importModule(module, false, true) != null;
        } finally {
            loading = false;
        }
    }

    /** Whether the module, read without running it, exports a command of that name. */
    private static boolean exports(PSModuleInfo module, String commandName) {
        Path file = Path.of(module.getPath());
        if (module.getModuleType() == ModuleType.Manifest) {
            List<String> listed = ModuleManifest.patterns(module.manifestMember("FunctionsToExport"));
            if (listed == null || wildcardOnly(listed)) {
                return names(listed == null ? List.of("*") : listed, commandName)
                        && definesFunction(root(module, file), commandName);
            }
            return listed.stream().anyMatch(commandName::equalsIgnoreCase);
        }
        return definesFunction(file, commandName);
    }

    private static boolean names(List<String> patterns, String commandName) {
        return patterns != null && patterns.stream().anyMatch(p -> Wildcard.matches(commandName, p, false));
    }

    private static boolean wildcardOnly(List<String> patterns) {
        return patterns != null && patterns.stream().allMatch(Wildcard::containsWildcardCharacters);
    }

    /** The root module beside a manifest, with {@code .psm1} added when its name has no extension; null for none. */
    private static Path root(PSModuleInfo module, Path manifest) {
        String root = module.getRootModule();
        if (root == null || root.isEmpty()) {
            return null;
        }
        Path file = manifest.resolveSibling(root);
        return ModuleFinder.extensionOf(file.getFileName().toString()) == null
                ? file.resolveSibling(file.getFileName() + ".psm1") : file;
    }

    /** Whether a script module's text defines a function of that name (found by parsing, not running, it). */
    private static boolean definesFunction(Path script, String commandName) {
        if (script == null || !script.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psm1")) {
            return false;
        }
        try {
            String text = Files.readString(script);
            return AstSearch.findAll(Parser.parse(text).ast(), StatementAst.FunctionDefinition.class).stream()
                    .anyMatch(f -> f.name().equalsIgnoreCase(commandName));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
