package dev.jpwsh.engine.modules;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a module manifest ({@code .psd1}, a hashtable) says: the root module (or null), ModuleVersion, Description
 * (empty when absent), and the FunctionsToExport and VariablesToExport patterns (null when the manifest does not
 * say, which leaves the root module's exports as they are), and the whole table for the other members. Unlike pwsh, the file is evaluated as a script, not in
 * restricted language.
 */
public record ModuleManifest(String rootModule, Version version, String description,
        List<String> functionsToExport, List<String> variablesToExport, Map<?, ?> data) {

    /** The manifest at {@code path}, or null after reporting why it is not a valid one (the error names no command). */
    public static ModuleManifest read(ExecutionContext context, Path path, Consumer<ErrorRecord> errors) {
        Map<?, ?> data;
        try {
            Scope scope = new Scope(context.global());
            Enumerables.Collector output = new Enumerables.Collector();
            ScriptFiles.load(path).invoke(new Frame(context, scope, scope), List.of(), null, true, output);
            if (!(output.result() instanceof Map<?, ?> map)) {
                errors.accept(ModuleErrors.invalidManifest(path, "the file does not hold a hashtable."));
                return null;
            }
            data = map;
        } catch (PSException e) {
            errors.accept(ModuleErrors.invalidManifest(path, e.getMessage()));
            return null;
        }
        Object version = data.get("ModuleVersion");
        if (version == null) {
            errors.accept(ModuleErrors.manifestWithoutVersion(path));
            return null;
        }
        Version parsed;
        try {
            parsed = Version.Parse(LanguagePrimitives.toString(version));
        } catch (IllegalArgumentException e) {
            errors.accept(ModuleErrors.invalidManifest(path, "ModuleVersion '" + version + "' is not a version."));
            return null;
        }
        Object root = data.containsKey("ModuleToProcess") ? data.get("ModuleToProcess") : data.get("RootModule");
        Object description = data.get("Description");
        return new ModuleManifest(text(root), parsed, description == null ? "" : text(description),
                patterns(data.get("FunctionsToExport")), patterns(data.get("VariablesToExport")), data);
    }

    private static String text(Object value) {
        return value == null ? null : LanguagePrimitives.toString(value);
    }

    /** The names a member lists (one value or an array); null when the member is absent. */
    static List<String> patterns(Object value) {
        return value == null ? null : Enumeration.toList(value).stream().map(LanguagePrimitives::toString).toList();
    }
}
